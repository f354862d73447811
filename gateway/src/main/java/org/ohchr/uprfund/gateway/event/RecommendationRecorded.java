package org.ohchr.uprfund.gateway.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ohchr.uprfund.gateway.domain.ImplementationStatus;
import org.ohchr.uprfund.gateway.domain.Mechanism;
import org.ohchr.uprfund.gateway.domain.RecommendationResponse;

/**
 * Data of {@code org.ohchr.uprfund.recommendations.RecommendationRecorded} (a recommendation was recorded) and, with
 * {@code changedFields}, {@code revisedBy} and {@code revisedAt} in place of {@code recordedBy} and {@code recordedAt},
 * of {@code RecommendationRevised} (the recommendation as it now is).
 */
public record RecommendationRecorded(UUID recommendationId, String stateUnderReview, List<String> recommendingStates,
        Mechanism mechanism, Integer cycle, String session, String documentSymbol, String paragraph, String language, String text,
        RecommendationResponse response, Integer actionCategory, List<String> themes, List<String> affectedPersons,
        List<Integer> sdgGoals, List<String> sdgTargets, ImplementationStatus implementationStatus, Instant at) {

    public static final String TYPE = "org.ohchr.uprfund.recommendations.RecommendationRecorded";
    public static final String REVISED_TYPE = "org.ohchr.uprfund.recommendations.RecommendationRevised";

    public static RecommendationRecorded recorded(EventData data) {
        data.text("recordedBy", 300);
        return from(data, data.instant("recordedAt"));
    }

    public static RecommendationRecorded revised(EventData data) {
        data.text("revisedBy", 300);
        data.texts("changedFields", 100);
        return from(data, data.instant("revisedAt"));
    }

    private static RecommendationRecorded from(EventData data, Instant at) {
        List<String> targets = data.texts("sdgTargets", 10);
        for (String target : targets) {
            if (!SdgLinkAccepted.isTarget(target)) {
                throw EventRejectedException.schema("data.sdgTargets must be SDG targets such as \"16.3\" or \"16.a\"");
            }
        }
        return new RecommendationRecorded(data.uuid("recommendationId"), data.iso3("stateUnderReview"),
                data.iso3s("recommendingStates"), data.constant("mechanism", Mechanism.class), data.integerOrNull("cycle", 1, 4),
                data.textOrNull("session", 100), data.text("documentSymbol", 200), data.text("paragraph", 100),
                data.text("language", 35), data.text("text", 10_000), data.constant("response", RecommendationResponse.class),
                data.integerOrNull("actionCategory", 1, 5), data.texts("themes", 100), data.texts("affectedPersons", 100),
                data.integers("sdgGoals", 1, 17), targets, data.constant("implementationStatus", ImplementationStatus.class), at);
    }
}
