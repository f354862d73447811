package org.ohchr.uprfund.gateway.event;

import java.time.Instant;
import java.util.UUID;

import org.ohchr.uprfund.gateway.domain.RecommendationResponse;
import org.ohchr.uprfund.platform.inbox.CloudEventEnvelope;

/** Data of {@code org.ohchr.uprfund.recommendations.ResponseRecorded}: the State responded to a recommendation. */
public record ResponseRecorded(UUID recommendationId, String stateUnderReview, RecommendationResponse previousResponse,
        RecommendationResponse response, String recordedBy, Instant recordedAt) {

    public static final String TYPE = "org.ohchr.uprfund.recommendations.ResponseRecorded";

    public static ResponseRecorded from(CloudEventEnvelope event) {
        return EventPayload.bind(event, ResponseRecorded.class);
    }
}
