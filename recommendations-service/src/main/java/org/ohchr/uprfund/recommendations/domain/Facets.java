package org.ohchr.uprfund.recommendations.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The values a recommendation can be filtered by, as {@code name:value} ({@code theme:TORTURE}, {@code target:16.3},
 * {@code by:FRA}), kept in one indexed array so that any combination of filters is one index lookup. The State under
 * review and the cycle are not among them: the natural key's index answers those.
 */
public final class Facets {

    private Facets() {
    }

    public static String[] of(RecommendationContent content, ImplementationStatus status) {
        List<String> facets = new ArrayList<>();
        content.recommendingStates().forEach(state -> facets.add(recommendingState(state)));
        facets.add(mechanism(content.mechanism()));
        if (content.session() != null) {
            facets.add(session(content.session()));
        }
        facets.add(document(content.documentSymbol()));
        facets.add(language(content.language().tag()));
        facets.add(response(content.response()));
        if (content.actionCategory() != null) {
            facets.add(actionCategory(content.actionCategory()));
        }
        content.themes().forEach(theme -> facets.add(theme(theme)));
        content.affectedPersons().forEach(group -> facets.add(affected(group)));
        content.sdgGoals().forEach(goal -> facets.add(goal(goal)));
        content.sdgTargets().forEach(target -> facets.add(target(target)));
        facets.add(status(status));
        return facets.toArray(String[]::new);
    }

    public static String recommendingState(String iso3) {
        return "by:" + iso3;
    }

    public static String mechanism(Mechanism mechanism) {
        return "mechanism:" + mechanism.name();
    }

    public static String session(String session) {
        return "session:" + session;
    }

    public static String document(String symbol) {
        return "document:" + symbol;
    }

    public static String language(String tag) {
        return "language:" + tag;
    }

    public static String response(StateResponse response) {
        return "response:" + response.name();
    }

    public static String actionCategory(int category) {
        return "action:" + category;
    }

    public static String theme(Theme theme) {
        return "theme:" + theme.name();
    }

    public static String affected(AffectedGroup group) {
        return "affected:" + group.name();
    }

    public static String goal(int goal) {
        return "goal:" + goal;
    }

    public static String target(String target) {
        return "target:" + target;
    }

    public static String status(ImplementationStatus status) {
        return "status:" + status.name();
    }
}
