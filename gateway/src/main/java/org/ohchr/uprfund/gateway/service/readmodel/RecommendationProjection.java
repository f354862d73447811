package org.ohchr.uprfund.gateway.service.readmodel;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.gateway.domain.Recommendation;
import org.ohchr.uprfund.gateway.domain.RecommendationState;
import org.ohchr.uprfund.gateway.event.EventRejectedException;
import org.ohchr.uprfund.gateway.event.ImplementationStatusChanged;
import org.ohchr.uprfund.gateway.event.RecommendationRecorded;
import org.ohchr.uprfund.gateway.event.ResponseRecorded;
import org.ohchr.uprfund.gateway.event.SdgLinkAccepted;
import org.ohchr.uprfund.gateway.repository.RecommendationRepository;
import org.ohchr.uprfund.gateway.repository.RecommendationStateRepository;
import org.ohchr.uprfund.platform.inbox.CloudEventEnvelope;

/**
 * A recommendation's life: RecommendationRecorded, RecommendationRevised (the whole recommendation as it now is),
 * ResponseRecorded, ImplementationStatusChanged, SdgLinkAccepted. They share the recommendation's key, so they arrive in
 * order. A revision carries the whole recommendation, so it stands even when the recording was parked; the other changes
 * need the recommendation: without it they wait for the producer's earlier events, and are parked if it still is not
 * there. The current state follows only the newest event, the one with the highest aggregate sequence (never the
 * producer's clock); the state after every event is kept in the history, in the order applied.
 */
@ApplicationScoped
public class RecommendationProjection implements EventProjection {

    private final RecommendationRepository recommendations;
    private final RecommendationStateRepository states;

    RecommendationProjection(RecommendationRepository recommendations, RecommendationStateRepository states) {
        this.recommendations = recommendations;
        this.states = states;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(RecommendationRecorded.TYPE, RecommendationRecorded.REVISED_TYPE, ResponseRecorded.TYPE,
                ImplementationStatusChanged.TYPE, SdgLinkAccepted.TYPE);
    }

    @Override
    public void apply(CloudEventEnvelope event) {
        switch (event.type()) {
            case RecommendationRecorded.TYPE -> whole(event, RecommendationRecorded.from(event), true);
            case RecommendationRecorded.REVISED_TYPE -> whole(event, RecommendationRecorded.from(event), false);
            case ResponseRecorded.TYPE -> response(event, ResponseRecorded.from(event));
            case ImplementationStatusChanged.TYPE -> status(event, ImplementationStatusChanged.from(event));
            default -> sdgLink(event, SdgLinkAccepted.from(event));
        }
    }

    private void whole(CloudEventEnvelope event, RecommendationRecorded recorded, boolean isRecording) {
        Recommendation recommendation = recommendations.findByIdOptional(recorded.recommendationId()).orElse(null);
        String oldResponse = recommendation == null ? null : recommendation.response;
        String oldStatus = recommendation == null ? null : recommendation.implementationStatus;
        if (recommendation == null) {
            recommendation = new Recommendation();
            recommendation.recommendationId = recorded.recommendationId();
            recommendation.recordedAt = recorded.at();
            fill(recommendation, recorded, event);
            recommendations.persist(recommendation);
        } else if (ProjectProjection.isNewest(recommendation.lastSequence, event)) {
            if (isRecording) {
                throw EventRejectedException.unappliable("recommendation " + recorded.recommendationId()
                        + " is recorded already, by another event");
            }
            fill(recommendation, recorded, event);
        } else if (isRecording) {
            // The recording, parked and replayed after a revision that already gave the recommendation as it now is.
            recommendation.recordedAt = recorded.at();
        }
        recommendations.recount(oldResponse, oldStatus, recommendation.response, recommendation.implementationStatus);
        history(event, recommendation, recorded.at());
    }

    private void fill(Recommendation recommendation, RecommendationRecorded recorded, CloudEventEnvelope event) {
        recommendation.stateUnderReview = recorded.stateUnderReview();
        recommendation.recommendingStates = recorded.recommendingStates().toArray(String[]::new);
        recommendation.mechanism = recorded.mechanism().name();
        recommendation.cycle = recorded.cycle();
        recommendation.session = recorded.session();
        recommendation.documentSymbol = recorded.documentSymbol();
        recommendation.paragraph = recorded.paragraph();
        recommendation.language = recorded.language();
        recommendation.text = recorded.text();
        recommendation.response = recorded.response().name();
        recommendation.actionCategory = recorded.actionCategory();
        recommendation.themes = recorded.themes().toArray(String[]::new);
        recommendation.affectedPersons = recorded.affectedPersons().toArray(String[]::new);
        recommendation.sdgGoals = recorded.sdgGoals().toArray(Integer[]::new);
        recommendation.sdgTargets = recorded.sdgTargets().toArray(String[]::new);
        recommendation.implementationStatus = recorded.implementationStatus().name();
        newest(recommendation, event);
    }

    private static void newest(Recommendation recommendation, CloudEventEnvelope event) {
        recommendation.lastEventTime = event.time();
        if (event.sequence() != null) {
            recommendation.lastSequence = event.sequence();
        }
    }

    private void response(CloudEventEnvelope event, ResponseRecorded recorded) {
        Recommendation recommendation = known(event, recorded.recommendationId(), recorded.stateUnderReview());
        if (ProjectProjection.isNewest(recommendation.lastSequence, event)) {
            recommendations.recount(recommendation.response, recommendation.implementationStatus, recorded.response().name(),
                    recommendation.implementationStatus);
            recommendation.response = recorded.response().name();
            newest(recommendation, event);
        }
        history(event, recommendation, recorded.recordedAt());
    }

    private void status(CloudEventEnvelope event, ImplementationStatusChanged changed) {
        Recommendation recommendation = known(event, changed.recommendationId(), changed.stateUnderReview());
        if (ProjectProjection.isNewest(recommendation.lastSequence, event)) {
            recommendations.recount(recommendation.response, recommendation.implementationStatus, recommendation.response,
                    changed.status().name());
            recommendation.implementationStatus = changed.status().name();
            newest(recommendation, event);
        }
        history(event, recommendation, changed.changedAt());
    }

    private void sdgLink(CloudEventEnvelope event, SdgLinkAccepted accepted) {
        Recommendation recommendation = known(event, accepted.recommendationId(), accepted.stateUnderReview());
        Set<Integer> goals = new LinkedHashSet<>(List.of(recommendation.sdgGoals));
        goals.add(accepted.sdgGoal());
        recommendation.sdgGoals = goals.toArray(Integer[]::new);
        Set<String> targets = new LinkedHashSet<>(List.of(recommendation.sdgTargets));
        targets.add(accepted.sdgTarget());
        recommendation.sdgTargets = targets.toArray(String[]::new);
    }

    private Recommendation known(CloudEventEnvelope event, UUID id, String stateUnderReview) {
        Recommendation recommendation = recommendations.findByIdOptional(id).orElseThrow(() -> EventRejectedException.unknownAggregate(
                event.name() + " is for recommendation " + id + ", which the read model does not know: its RecommendationRecorded"
                        + " has not been applied (parked, or not published)"));
        if (!recommendation.stateUnderReview.equals(stateUnderReview)) {
            throw EventRejectedException.unappliable(event.name() + " names State " + stateUnderReview + " for recommendation " + id
                    + ", a recommendation to " + recommendation.stateUnderReview);
        }
        return recommendation;
    }

    private void history(CloudEventEnvelope event, Recommendation recommendation, Instant at) {
        RecommendationState state = new RecommendationState();
        state.eventId = event.id();
        state.recommendationId = recommendation.recommendationId;
        state.response = recommendation.response;
        state.implementationStatus = recommendation.implementationStatus;
        state.changedAt = at;
        states.persist(state);
    }
}
