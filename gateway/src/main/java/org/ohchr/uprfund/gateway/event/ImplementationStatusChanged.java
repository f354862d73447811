package org.ohchr.uprfund.gateway.event;

import java.time.Instant;
import java.util.UUID;

import org.ohchr.uprfund.gateway.domain.ImplementationStatus;
import org.ohchr.uprfund.platform.inbox.CloudEventEnvelope;

/** Data of {@code org.ohchr.uprfund.recommendations.ImplementationStatusChanged}: a recommendation moved towards implementation. */
public record ImplementationStatusChanged(UUID recommendationId, String stateUnderReview, ImplementationStatus previousStatus,
        ImplementationStatus status, String evidence, String changedBy, Instant changedAt) {

    public static final String TYPE = "org.ohchr.uprfund.recommendations.ImplementationStatusChanged";

    public static ImplementationStatusChanged from(CloudEventEnvelope event) {
        return EventPayload.bind(event, ImplementationStatusChanged.class);
    }
}
