package org.ohchr.uprfund.recommendations.event;

import java.time.Instant;
import java.util.UUID;

import org.ohchr.uprfund.recommendations.domain.StatusChange;

/**
 * A recommendation's implementation status changed. Schema: {@code META-INF/resources/events/ImplementationStatusChanged.json}.
 */
public record ImplementationStatusChanged(UUID recommendationId, String stateUnderReview, String previousStatus, String status,
        String evidence, String changedBy, Instant changedAt) implements RecommendationEvent {

    public static final String TYPE = "org.ohchr.uprfund.recommendations.ImplementationStatusChanged";

    public static ImplementationStatusChanged of(StatusChange change, String stateUnderReview) {
        return new ImplementationStatusChanged(change.recommendationId, stateUnderReview, change.previousStatus.name(),
                change.status.name(), change.evidence, change.changedBy, change.changedAt);
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
