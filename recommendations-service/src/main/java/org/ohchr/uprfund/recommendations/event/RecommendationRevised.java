package org.ohchr.uprfund.recommendations.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ohchr.uprfund.recommendations.domain.ImplementationStatus;
import org.ohchr.uprfund.recommendations.domain.Recommendation;
import org.ohchr.uprfund.recommendations.domain.RecommendationContent;

/**
 * A recommendation was revised: its properties as they now are, the names of those that changed, who revised it and
 * when. Schema: {@code META-INF/resources/events/RecommendationRevised.json}.
 */
public record RecommendationRevised(UUID recommendationId, String stateUnderReview, List<String> recommendingStates, String mechanism,
        Integer cycle, String session, String documentSymbol, String paragraph, String language, String text, String response,
        Integer actionCategory, List<String> themes, List<String> affectedPersons, List<Integer> sdgGoals, List<String> sdgTargets,
        String implementationStatus, List<String> changedFields, String revisedBy, Instant revisedAt) implements RecommendationEvent {

    public static final String TYPE = "org.ohchr.uprfund.recommendations.RecommendationRevised";

    /** @param changedFields names of the properties that changed; translations and note, which are not published, are left out */
    public static RecommendationRevised of(Recommendation recommendation, List<String> changedFields) {
        return of(recommendation.id, recommendation.content(), recommendation.implementationStatus, changedFields,
                recommendation.revisedBy, recommendation.revisedAt);
    }

    public static RecommendationRevised of(UUID id, RecommendationContent content, ImplementationStatus status, List<String> changedFields,
            String revisedBy, Instant revisedAt) {
        return new RecommendationRevised(id, content.stateUnderReview(), content.recommendingStates(), content.mechanism().name(),
                content.cycle(), content.session(), content.documentSymbol(), content.paragraph().text(), content.language().tag(),
                content.text(), content.response().name(), content.actionCategory(), RecommendationRecorded.names(content.themes()),
                RecommendationRecorded.names(content.affectedPersons()), content.sdgGoals(), content.sdgTargets(), status.name(),
                changedFields.stream().filter(field -> !field.equals("translations") && !field.equals("note")).toList(), revisedBy,
                revisedAt);
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
