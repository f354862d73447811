package org.ohchr.uprfund.recommendations.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.ohchr.uprfund.platform.json.StorableText;
import org.ohchr.uprfund.platform.reference.CountryCodes;
import org.ohchr.uprfund.platform.reference.UnLanguage;

/**
 * What makes a recommendation acceptable, the same for the JSON API and for each row of a CSV import; every problem of
 * a draft is reported at once, named by its JSON property.
 */
public final class RecommendationRules {

    public static final int MAX_TEXT_LENGTH = 20_000;
    public static final int MAX_SESSION_LENGTH = 50;
    public static final int MAX_NOTE_LENGTH = 500;
    public static final int MAX_DOCUMENT_SYMBOL_LENGTH = 100;
    public static final int MAX_RECOMMENDING_STATES = 100;
    public static final int MAX_THEMES = 12;
    public static final int MAX_AFFECTED_GROUPS = 12;
    public static final int MAX_SDG_TARGETS = 40;

    /** A UN document symbol: {@code A/HRC/39/8}, {@code CEDAW/C/KHM/CO/6}, {@code A/HRC/WG.6/32/KHM/1}. */
    private static final Pattern DOCUMENT_SYMBOL = Pattern.compile("[A-Z][A-Za-z0-9.()\\-]*(/[A-Za-z0-9.()\\-]+)+");

    private RecommendationRules() {
    }

    /**
     * The draft, checked and normalised.
     *
     * @throws InvalidRecommendationException listing every problem found
     */
    public static RecommendationContent check(RecommendationDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        String state = stateUnderReview(draft.stateUnderReview(), problems);
        Mechanism mechanism = draft.mechanism();
        if (mechanism == null) {
            problems.add(new FieldProblem("mechanism", "is required: one of " + Arrays.toString(Mechanism.values())));
        }
        List<String> recommending = recommendingStates(draft.recommendingStates(), mechanism, state, problems);
        Integer cycle = cycle(draft.cycle(), mechanism, problems);
        String session = optionalText("session", draft.session(), MAX_SESSION_LENGTH, problems);
        String symbol = documentSymbol(draft.documentSymbol(), problems);
        ParagraphNumber paragraph = paragraph(draft.paragraph(), problems);
        UnLanguage language = language("language", draft.language(), problems);
        String text = requiredText("text", draft.text(), problems);
        SortedMap<UnLanguage, String> translations = translations(draft.translations(), language, problems);
        StateResponse response = draft.response() == null ? StateResponse.PENDING : draft.response();
        Integer actionCategory = actionCategory(draft.actionCategory(), problems);
        List<Theme> themes = codes("themes", draft.themes(), MAX_THEMES, Theme::ofCode, "a theme of GET /api/themes", problems);
        List<AffectedGroup> affected = codes("affectedPersons", draft.affectedPersons(), MAX_AFFECTED_GROUPS, AffectedGroup::ofCode,
                "a group of GET /api/recommendations/vocabulary (affectedPersons)", problems);
        List<String> targets = sdgTargets(draft.sdgTargets(), problems);
        List<Integer> goals = sdgGoals(draft.sdgGoals(), targets, problems);
        String note = optionalText("note", draft.note(), MAX_NOTE_LENGTH, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRecommendationException(problems);
        }
        return new RecommendationContent(state, recommending, mechanism, cycle, session, symbol, paragraph, language, text, translations,
                response, actionCategory, themes, affected, goals, targets, note);
    }

    /** The natural key's parts alone, when they are valid (a CSV import looks the recommendation up before checking it all). */
    public static Optional<String> stateCode(String code) {
        String state = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        return CountryCodes.isAlpha3(state) ? Optional.of(state) : Optional.empty();
    }

    private static String stateUnderReview(String code, List<FieldProblem> problems) {
        if (code == null || code.isBlank()) {
            problems.add(new FieldProblem("stateUnderReview", "is required: an ISO 3166-1 alpha-3 code such as KHM"));
            return null;
        }
        Optional<String> state = stateCode(code);
        if (state.isEmpty()) {
            problems.add(new FieldProblem("stateUnderReview", "'" + shown(code) + "' is not an ISO 3166-1 alpha-3 country code"));
        }
        return state.orElse(null);
    }

    private static List<String> recommendingStates(List<String> codes, Mechanism mechanism, String stateUnderReview,
            List<FieldProblem> problems) {
        List<String> given = codes == null ? List.of() : codes;
        if (given.size() > MAX_RECOMMENDING_STATES) {
            problems.add(new FieldProblem("recommendingStates", "lists more than " + MAX_RECOMMENDING_STATES + " States"));
            return List.of();
        }
        TreeSet<String> states = new TreeSet<>();
        for (int i = 0; i < given.size(); i++) {
            Optional<String> state = stateCode(given.get(i));
            if (state.isEmpty()) {
                problems.add(new FieldProblem("recommendingStates[" + i + "]", "'" + shown(given.get(i))
                        + "' is not an ISO 3166-1 alpha-3 country code"));
            } else if (state.get().equals(stateUnderReview)) {
                problems.add(new FieldProblem("recommendingStates[" + i + "]", "is the State under review, which does not recommend to itself"));
            } else {
                states.add(state.get());
            }
        }
        if (mechanism == Mechanism.UPR && given.isEmpty()) {
            problems.add(new FieldProblem("recommendingStates", "is required for a UPR recommendation: the States that made it"));
        }
        if (mechanism != null && mechanism != Mechanism.UPR && !given.isEmpty()) {
            problems.add(new FieldProblem("recommendingStates", "must be empty: only UPR recommendations are made by States"));
        }
        return List.copyOf(states);
    }

    private static Integer cycle(Integer cycle, Mechanism mechanism, List<FieldProblem> problems) {
        if (cycle == null) {
            if (mechanism == Mechanism.UPR) {
                problems.add(new FieldProblem("cycle", "is required for a UPR recommendation: 1 to 4"));
            }
            return null;
        }
        if (cycle < 1 || cycle > 4) {
            problems.add(new FieldProblem("cycle", "must be a UPR cycle from 1 to 4"));
        }
        return cycle;
    }

    private static String documentSymbol(String symbol, List<FieldProblem> problems) {
        if (symbol == null || symbol.isBlank()) {
            problems.add(new FieldProblem("documentSymbol", "is required: the UN document symbol, such as A/HRC/39/8"));
            return null;
        }
        String value = symbol.strip();
        if (value.length() > MAX_DOCUMENT_SYMBOL_LENGTH || !DOCUMENT_SYMBOL.matcher(value).matches()) {
            problems.add(new FieldProblem("documentSymbol", "must be a UN document symbol such as A/HRC/39/8 (at most "
                    + MAX_DOCUMENT_SYMBOL_LENGTH + " characters)"));
        }
        return value;
    }

    private static ParagraphNumber paragraph(String paragraph, List<FieldProblem> problems) {
        if (paragraph == null || paragraph.isBlank()) {
            problems.add(new FieldProblem("paragraph", "is required: the paragraph number, such as 110.12"));
            return null;
        }
        Optional<ParagraphNumber> number = paragraph.length() > 40 ? Optional.empty() : ParagraphNumber.parse(paragraph);
        if (number.isEmpty()) {
            problems.add(new FieldProblem("paragraph", "must be a paragraph number such as 110.12, 25 or 25 (a)"));
        }
        return number.orElse(null);
    }

    static UnLanguage language(String field, String tag, List<FieldProblem> problems) {
        if (tag == null || tag.isBlank()) {
            problems.add(new FieldProblem(field, "is required: ar, zh, en, fr, ru or es"));
            return null;
        }
        String value = tag.strip().toLowerCase(Locale.ROOT);
        for (UnLanguage language : UnLanguage.values()) {
            if (language.tag().equals(value)) {
                return language;
            }
        }
        problems.add(new FieldProblem(field, "'" + shown(tag) + "' is not one of the six UN languages: ar, zh, en, fr, ru or es"));
        return null;
    }

    private static String requiredText(String field, String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem(field, "is required and must not be blank"));
            return null;
        }
        return optionalText(field, text, MAX_TEXT_LENGTH, problems);
    }

    private static String optionalText(String field, String text, int maxLength, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        String unstorable = StorableText.problemWith(value);
        if (unstorable != null) {
            problems.add(new FieldProblem(field, unstorable));
        } else if (value.length() > maxLength) {
            problems.add(new FieldProblem(field, "is longer than " + maxLength + " characters"));
        }
        return value;
    }

    private static SortedMap<UnLanguage, String> translations(Map<String, String> given, UnLanguage original,
            List<FieldProblem> problems) {
        SortedMap<UnLanguage, String> translations = new TreeMap<>();
        if (given == null) {
            return Collections.unmodifiableSortedMap(translations);
        }
        given.forEach((tag, text) -> {
            String field = "translations." + tag;
            UnLanguage language = language(field, tag, problems);
            if (language == null) {
                return;
            }
            if (language == original) {
                problems.add(new FieldProblem(field, "is the recommendation's own language: its text is in text"));
                return;
            }
            if (text == null || text.isBlank()) {
                return;
            }
            String value = optionalText(field, text, MAX_TEXT_LENGTH, problems);
            if (translations.put(language, value) != null) {
                problems.add(new FieldProblem(field, "is given twice"));
            }
        });
        return Collections.unmodifiableSortedMap(translations);
    }

    private static Integer actionCategory(Integer category, List<FieldProblem> problems) {
        if (category != null && (category < 1 || category > 5)) {
            problems.add(new FieldProblem("actionCategory", "must be a UPR Info action category from 1 to 5"));
        }
        return category;
    }

    private static <T extends Enum<T>> List<T> codes(String field, List<String> given, int max, Function<String, Optional<T>> lookup,
            String what, List<FieldProblem> problems) {
        if (given == null) {
            return List.of();
        }
        if (given.size() > max) {
            problems.add(new FieldProblem(field, "lists more than " + max));
            return List.of();
        }
        TreeSet<T> found = new TreeSet<>(Comparator.comparing(Enum::name));
        for (int i = 0; i < given.size(); i++) {
            String code = given.get(i) == null ? "" : given.get(i).strip().toUpperCase(Locale.ROOT);
            Optional<T> value = lookup.apply(code);
            if (value.isEmpty()) {
                problems.add(new FieldProblem(field + "[" + i + "]", "'" + shown(given.get(i)) + "' is not " + what));
            } else {
                found.add(value.get());
            }
        }
        return List.copyOf(found);
    }

    private static List<String> sdgTargets(List<String> given, List<FieldProblem> problems) {
        if (given == null) {
            return List.of();
        }
        if (given.size() > MAX_SDG_TARGETS) {
            problems.add(new FieldProblem("sdgTargets", "lists more than " + MAX_SDG_TARGETS));
            return List.of();
        }
        TreeSet<String> targets = new TreeSet<>(SustainableDevelopmentGoals.TARGET_ORDERING);
        for (int i = 0; i < given.size(); i++) {
            String target = given.get(i) == null ? "" : given.get(i).strip().toLowerCase(Locale.ROOT);
            if (SustainableDevelopmentGoals.isTarget(target)) {
                targets.add(target);
            } else {
                problems.add(new FieldProblem("sdgTargets[" + i + "]", "'" + shown(given.get(i))
                        + "' is not an SDG target: targets are numbered as in the 2030 Agenda, such as 5.1 to 5.6 and 5.a to 5.c"
                        + " (see GET /api/sdgs)"));
            }
        }
        return List.copyOf(targets);
    }

    private static List<Integer> sdgGoals(List<Integer> given, List<String> targets, List<FieldProblem> problems) {
        TreeSet<Integer> goals = new TreeSet<>();
        List<Integer> listed = given == null ? List.of() : given;
        if (listed.size() > SustainableDevelopmentGoals.GOALS.size()) {
            problems.add(new FieldProblem("sdgGoals", "lists more than the " + SustainableDevelopmentGoals.GOALS.size() + " goals"));
            return List.of();
        }
        for (int i = 0; i < listed.size(); i++) {
            Integer goal = listed.get(i);
            if (goal == null || !SustainableDevelopmentGoals.isGoal(goal)) {
                problems.add(new FieldProblem("sdgGoals[" + i + "]", "must be an SDG from 1 to 17"));
            } else {
                goals.add(goal);
            }
        }
        targets.forEach(target -> goals.add(SustainableDevelopmentGoals.goalOf(target)));
        return List.copyOf(goals);
    }

    /** A client's value as it may appear in a message: at most 40 characters. */
    private static String shown(String value) {
        String text = value == null ? "" : value.strip();
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
