package org.ohchr.uprfund.recommendations.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ohchr.uprfund.recommendations.domain.ImplementationStatus;
import org.ohchr.uprfund.recommendations.domain.Recommendation;
import org.ohchr.uprfund.recommendations.domain.RecommendationContent;

/**
 * A recommendation was recorded, through the API or a CSV import. Schema:
 * {@code META-INF/resources/events/RecommendationRecorded.json}.
 */
public record RecommendationRecorded(UUID recommendationId, String stateUnderReview, List<String> recommendingStates, String mechanism,
        Integer cycle, String session, String documentSymbol, String paragraph, String language, String text, String response,
        Integer actionCategory, List<String> themes, List<String> affectedPersons, List<Integer> sdgGoals, List<String> sdgTargets,
        String implementationStatus, String recordedBy, Instant recordedAt) implements RecommendationEvent {

    public static final String TYPE = "org.ohchr.uprfund.recommendations.RecommendationRecorded";

    public static RecommendationRecorded of(Recommendation recommendation) {
        return of(recommendation.id, recommendation.content(), recommendation.implementationStatus, recommendation.recordedBy,
                recommendation.recordedAt);
    }

    public static RecommendationRecorded of(UUID id, RecommendationContent content, ImplementationStatus status, String recordedBy,
            Instant recordedAt) {
        return new RecommendationRecorded(id, content.stateUnderReview(), content.recommendingStates(), content.mechanism().name(),
                content.cycle(), content.session(), content.documentSymbol(), content.paragraph().text(), content.language().tag(),
                content.text(), content.response().name(), content.actionCategory(), names(content.themes()),
                names(content.affectedPersons()), content.sdgGoals(), content.sdgTargets(), status.name(), recordedBy, recordedAt);
    }

    static List<String> names(List<? extends Enum<?>> codes) {
        return codes.stream().map(Enum::name).toList();
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
