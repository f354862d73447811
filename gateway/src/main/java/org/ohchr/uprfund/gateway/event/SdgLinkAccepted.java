package org.ohchr.uprfund.gateway.event;

import java.time.Instant;
import java.util.UUID;

import org.ohchr.uprfund.platform.inbox.CloudEventEnvelope;

/** Data of {@code org.ohchr.uprfund.recommendations.SdgLinkAccepted}: a recommendation was linked to an SDG target. */
public record SdgLinkAccepted(UUID recommendationId, String stateUnderReview, int sdgGoal, String sdgTarget, String acceptedBy,
        Instant acceptedAt) {

    public static final String TYPE = "org.ohchr.uprfund.recommendations.SdgLinkAccepted";

    public static SdgLinkAccepted from(CloudEventEnvelope event) {
        return EventPayload.bind(event, SdgLinkAccepted.class);
    }
}
