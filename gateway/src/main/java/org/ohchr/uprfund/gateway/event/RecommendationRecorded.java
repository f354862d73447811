package org.ohchr.uprfund.gateway.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ohchr.uprfund.gateway.domain.ImplementationStatus;
import org.ohchr.uprfund.gateway.domain.Mechanism;
import org.ohchr.uprfund.gateway.domain.RecommendationResponse;
import org.ohchr.uprfund.platform.inbox.CloudEventEnvelope;

import com.fasterxml.jackson.annotation.JsonAlias;

/**
 * Data of {@code org.ohchr.uprfund.recommendations.RecommendationRecorded} (a recommendation was recorded) and, with
 * {@code changedFields}, {@code revisedBy} and {@code revisedAt} in place of {@code recordedBy} and {@code recordedAt},
 * of {@code RecommendationRevised} (the recommendation as it now is).
 */
public record RecommendationRecorded(UUID recommendationId, String stateUnderReview, List<String> recommendingStates,
        Mechanism mechanism, Integer cycle, String session, String documentSymbol, String paragraph, String language, String text,
        RecommendationResponse response, Integer actionCategory, List<String> themes, List<String> affectedPersons,
        List<Integer> sdgGoals, List<String> sdgTargets, ImplementationStatus implementationStatus,
        @JsonAlias({ "recordedAt", "revisedAt" }) Instant at) {

    public static final String TYPE = "org.ohchr.uprfund.recommendations.RecommendationRecorded";

    public static final String REVISED_TYPE = "org.ohchr.uprfund.recommendations.RecommendationRevised";

    public static RecommendationRecorded from(CloudEventEnvelope event) {
        return EventPayload.bind(event, RecommendationRecorded.class);
    }
}
