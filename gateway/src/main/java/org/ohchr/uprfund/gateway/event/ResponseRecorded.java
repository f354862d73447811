package org.ohchr.uprfund.gateway.event;

import java.time.Instant;
import java.util.UUID;

import org.ohchr.uprfund.gateway.domain.RecommendationResponse;

/** Data of {@code org.ohchr.uprfund.recommendations.ResponseRecorded}: the State responded to a recommendation. */
public record ResponseRecorded(UUID recommendationId, String stateUnderReview, RecommendationResponse previousResponse,
        RecommendationResponse response, String recordedBy, Instant recordedAt) {

    public static final String TYPE = "org.ohchr.uprfund.recommendations.ResponseRecorded";

    public static ResponseRecorded from(EventData data) {
        return new ResponseRecorded(data.uuid("recommendationId"), data.iso3("stateUnderReview"),
                data.constantOrNull("previousResponse", RecommendationResponse.class), data.constant("response", RecommendationResponse.class),
                data.text("recordedBy", 300), data.instant("recordedAt"));
    }
}
