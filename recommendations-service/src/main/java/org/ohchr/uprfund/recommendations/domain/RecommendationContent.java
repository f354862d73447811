package org.ohchr.uprfund.recommendations.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;

import org.ohchr.uprfund.platform.reference.UnLanguage;

/**
 * A recommendation as this service keeps it, checked and normalised by {@link RecommendationRules}: codes in upper case,
 * lists as sorted sets (recommending States and themes alphabetically, goals by number, targets in their official
 * order), SDG goals including the goal of every target.
 */
public record RecommendationContent(
        String stateUnderReview,
        List<String> recommendingStates,
        Mechanism mechanism,
        Integer cycle,
        String session,
        String documentSymbol,
        ParagraphNumber paragraph,
        UnLanguage language,
        String text,
        SortedMap<UnLanguage, String> translations,
        StateResponse response,
        Integer actionCategory,
        List<Theme> themes,
        List<AffectedGroup> affectedPersons,
        List<Integer> sdgGoals,
        List<String> sdgTargets,
        String note) {

    /** The names of the properties a revision can change, in the order reports and events list them. */
    public static final List<String> REVISABLE = List.of("recommendingStates", "mechanism", "session", "language", "text",
            "translations", "response", "actionCategory", "themes", "affectedPersons", "sdgGoals", "sdgTargets", "note");

    public NaturalKey naturalKey() {
        return new NaturalKey(stateUnderReview, cycle == null ? 0 : cycle, documentSymbol, paragraph.sortKey());
    }

    /** The properties whose values differ from {@code previous}, by name, in {@link #REVISABLE} order. */
    public List<String> changedFrom(RecommendationContent previous) {
        List<String> changed = new ArrayList<>();
        compare(changed, "recommendingStates", recommendingStates, previous.recommendingStates);
        compare(changed, "mechanism", mechanism, previous.mechanism);
        compare(changed, "session", session, previous.session);
        compare(changed, "language", language, previous.language);
        compare(changed, "text", text, previous.text);
        compare(changed, "translations", translations, previous.translations);
        compare(changed, "response", response, previous.response);
        compare(changed, "actionCategory", actionCategory, previous.actionCategory);
        compare(changed, "themes", themes, previous.themes);
        compare(changed, "affectedPersons", affectedPersons, previous.affectedPersons);
        compare(changed, "sdgGoals", sdgGoals, previous.sdgGoals);
        compare(changed, "sdgTargets", sdgTargets, previous.sdgTargets);
        compare(changed, "note", note, previous.note);
        return changed;
    }

    /**
     * True when a change touches what the events publish; a change of the translations or the note alone does not
     * (the events carry the recommendation's text in its own language only, and no note).
     */
    public static boolean isPublished(List<String> changedFields) {
        return changedFields.stream().anyMatch(field -> !field.equals("translations") && !field.equals("note"));
    }

    /** True when the texts searched (the original or a translation) changed. */
    public static boolean changesTexts(List<String> changedFields) {
        return changedFields.contains("text") || changedFields.contains("language") || changedFields.contains("translations");
    }

    private static void compare(List<String> changed, String name, Object now, Object before) {
        if (!Objects.equals(now, before)) {
            changed.add(name);
        }
    }
}
