package org.ohchr.uprfund.recommendations.event;

import java.time.Instant;
import java.util.UUID;


/**
 * An editor accepted a suggested SDG target for a recommendation, which is now linked to it (and to its goal). Schema:
 * {@code META-INF/resources/events/SdgLinkAccepted.json}.
 */
public record SdgLinkAccepted(UUID recommendationId, String stateUnderReview, int sdgGoal, String sdgTarget, String acceptedBy,
        Instant acceptedAt) implements RecommendationEvent {

    public static final String TYPE = "org.ohchr.uprfund.recommendations.SdgLinkAccepted";

    @Override
    public String eventType() {
        return TYPE;
    }
}
