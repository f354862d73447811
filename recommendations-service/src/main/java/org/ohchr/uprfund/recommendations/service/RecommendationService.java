package org.ohchr.uprfund.recommendations.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.validation.constraints.NotNull;

import org.ohchr.uprfund.platform.concurrency.VersionPrecondition;
import org.ohchr.uprfund.platform.outbox.EventOutbox;
import org.ohchr.uprfund.platform.paging.Page;
import org.ohchr.uprfund.platform.paging.PageRequest;
import org.ohchr.uprfund.platform.problem.ConflictException;
import org.ohchr.uprfund.platform.problem.ResourceNotFoundException;
import org.ohchr.uprfund.recommendations.domain.ImplementationStatus;
import org.ohchr.uprfund.recommendations.domain.Recommendation;
import org.ohchr.uprfund.recommendations.domain.RecommendationContent;
import org.ohchr.uprfund.recommendations.domain.RecommendationRules;
import org.ohchr.uprfund.recommendations.event.RecommendationRecorded;
import org.ohchr.uprfund.recommendations.event.RecommendationRevised;
import org.ohchr.uprfund.recommendations.event.ResponseRecorded;
import org.ohchr.uprfund.recommendations.mapping.NewRecommendation;
import org.ohchr.uprfund.recommendations.mapping.RecommendationRevision;
import org.ohchr.uprfund.recommendations.repository.RecommendationFilter;
import org.ohchr.uprfund.recommendations.repository.RecommendationRepository;
import org.ohchr.uprfund.recommendations.repository.SearchIndexRepository;

/**
 * Recommendations one at a time: recorded and revised through the API, each change with its events in the same
 * transaction, and its texts indexed for search at once.
 */
@ApplicationScoped
@Transactional
public class RecommendationService {

    private final RecommendationRepository recommendations;
    private final SearchIndexRepository searchIndex;
    private final EventOutbox outbox;

    RecommendationService(RecommendationRepository recommendations, SearchIndexRepository searchIndex, EventOutbox outbox) {
        this.recommendations = recommendations;
        this.searchIndex = searchIndex;
        this.outbox = outbox;
    }

    /** Records a recommendation and publishes RecommendationRecorded; 409 when its natural key is already recorded. */
    public Recommendation record(@NotNull NewRecommendation request, @NotNull String recordedBy) {
        RecommendationContent content = RecommendationRules.check(request.draft());
        recommendations.findByNaturalKey(content.naturalKey()).ifPresent(existing -> {
            throw new ConflictException("Recommendation " + existing.id + " is already recorded for " + content.stateUnderReview()
                    + (content.cycle() == null ? "" : ", cycle " + content.cycle()) + ", " + content.documentSymbol() + " para. "
                    + content.paragraph().text() + ": revise it with PUT /api/recommendations/" + existing.id);
        });
        ImplementationStatus status = request.implementationStatus() == null ? ImplementationStatus.NOT_STARTED : request.implementationStatus();
        Recommendation recommendation = Recommendation.record(UUID.randomUUID(), content, status, recordedBy, Instant.now());
        recommendations.persist(recommendation);
        outbox.record(RecommendationRecorded.of(recommendation));
        searchIndex.index(List.of(recommendation.id));
        return recommendation;
    }

    /**
     * Revises a recommendation's content (If-Match: its current version) and publishes RecommendationRevised, with
     * ResponseRecorded when the State's response changed. A revision that changes nothing changes nothing.
     */
    public Recommendation revise(@NotNull UUID id, @NotNull VersionPrecondition precondition, @NotNull RecommendationRevision request,
            @NotNull String revisedBy) {
        Recommendation recommendation = recommendations.findForUpdate(id).orElseThrow(() -> ResourceNotFoundException.of("recommendation", id));
        precondition.requireCurrent(recommendation.version);
        RecommendationContent current = recommendation.content();
        RecommendationContent revised = RecommendationRules.check(request.draftOn(current));
        List<String> changed = revised.changedFrom(current);
        if (changed.isEmpty()) {
            return recommendation;
        }
        Instant now = Instant.now();
        recommendation.revise(revised, revisedBy, now);
        if (RecommendationContent.isPublished(changed)) {
            outbox.record(RecommendationRevised.of(recommendation, changed));
        }
        if (changed.contains("response")) {
            outbox.record(ResponseRecorded.of(id, recommendation.stateUnderReview, current.response(), revised.response(), revisedBy, now));
        }
        if (RecommendationContent.changesTexts(changed)) {
            searchIndex.index(List.of(id));
        }
        return recommendation;
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<Recommendation> findById(UUID id) {
        return recommendations.findByIdOptional(id);
    }

    /** Recommendations that match every filter, in the list order. */
    @Transactional(TxType.SUPPORTS)
    public Page<Recommendation> search(RecommendationFilter filter, PageRequest page) {
        return recommendations.search(filter, page);
    }
}
