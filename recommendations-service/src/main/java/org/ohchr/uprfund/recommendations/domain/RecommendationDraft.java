package org.ohchr.uprfund.recommendations.domain;

import java.util.List;
import java.util.Map;

/**
 * A recommendation as a client wrote it, in a JSON body or a CSV row, before {@link RecommendationRules} checks and
 * normalises it. Absent values are null; lists may be null (none).
 */
public record RecommendationDraft(
        String stateUnderReview,
        List<String> recommendingStates,
        Mechanism mechanism,
        Integer cycle,
        String session,
        String documentSymbol,
        String paragraph,
        String language,
        String text,
        Map<String, String> translations,
        StateResponse response,
        Integer actionCategory,
        List<String> themes,
        List<String> affectedPersons,
        List<Integer> sdgGoals,
        List<String> sdgTargets,
        String note) {
}
