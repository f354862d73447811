package org.ohchr.uprfund.recommendations.event;

import java.time.Instant;
import java.util.UUID;

import org.ohchr.uprfund.recommendations.domain.StateResponse;

/**
 * The State's response to a recommendation changed after it was recorded (the response it was recorded with is in
 * RecommendationRecorded). Schema: {@code META-INF/resources/events/ResponseRecorded.json}.
 */
public record ResponseRecorded(UUID recommendationId, String stateUnderReview, String previousResponse, String response,
        String recordedBy, Instant recordedAt) implements RecommendationEvent {

    public static final String TYPE = "org.ohchr.uprfund.recommendations.ResponseRecorded";

    public static ResponseRecorded of(UUID recommendationId, String stateUnderReview, StateResponse previous, StateResponse response,
            String recordedBy, Instant recordedAt) {
        return new ResponseRecorded(recommendationId, stateUnderReview, previous == null ? null : previous.name(), response.name(),
                recordedBy, recordedAt);
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
