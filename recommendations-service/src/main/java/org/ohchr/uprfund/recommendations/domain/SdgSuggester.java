package org.ohchr.uprfund.recommendations.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.ohchr.uprfund.platform.reference.UnLanguage;

/**
 * Suggests SDG targets for a text by the {@link SdgLexicon}: a transparent method, whose every suggestion shows the
 * words behind it. A target scores the sum of the weights of its entries that the text matches (each entry once); it
 * is suggested from {@link #MIN_SCORE}. Suggestions come highest score first, then in the targets' official order.
 */
public final class SdgSuggester {

    /** A lone weak word (weight 1) is not enough. */
    public static final int MIN_SCORE = 2;
    private static final int MAX_GAP = 2;
    private static final int MAX_EVIDENCE = 6;

    private final SdgLexicon lexicon;

    public SdgSuggester(SdgLexicon lexicon) {
        this.lexicon = lexicon;
    }

    public List<SdgSuggestion> suggest(String text, UnLanguage language) {
        Map<String, Integer> scores = new HashMap<>();
        Map<String, Set<String>> evidence = new HashMap<>();
        if (language == UnLanguage.ZH) {
            String lower = text.toLowerCase(Locale.ROOT);
            for (SdgLexicon.Entry entry : lexicon.entries(language)) {
                if (entry.terms().stream().allMatch(lower::contains)) {
                    add(scores, evidence, entry, String.join(" ", entry.terms()));
                }
            }
        } else {
            List<Word> words = Word.split(text, language);
            for (SdgLexicon.Entry entry : lexicon.entries(language)) {
                String span = match(entry.terms(), words, text);
                if (span != null) {
                    add(scores, evidence, entry, span);
                }
            }
        }
        List<SdgSuggestion> suggestions = new ArrayList<>();
        scores.forEach((target, score) -> {
            if (score >= MIN_SCORE) {
                suggestions.add(new SdgSuggestion(target, score, SdgSuggestion.confidenceOf(score),
                        evidence.get(target).stream().limit(MAX_EVIDENCE).toList()));
            }
        });
        suggestions.sort(Comparator.comparingInt(SdgSuggestion::score).reversed()
                .thenComparing(SdgSuggestion::target, SustainableDevelopmentGoals.TARGET_ORDERING));
        return suggestions;
    }

    /** The best {@code count} suggestions over several texts of one recommendation (a target counts its best text). */
    public List<SdgSuggestion> suggest(Map<UnLanguage, String> texts, int count) {
        Map<String, SdgSuggestion> best = new HashMap<>();
        texts.forEach((language, text) -> suggest(text, language).forEach(suggestion -> best.merge(suggestion.target(), suggestion,
                (a, b) -> a.score() >= b.score() ? a : b)));
        return best.values().stream().sorted(Comparator.comparingInt(SdgSuggestion::score).reversed()
                .thenComparing(SdgSuggestion::target, SustainableDevelopmentGoals.TARGET_ORDERING)).limit(count).toList();
    }

    private static void add(Map<String, Integer> scores, Map<String, Set<String>> evidence, SdgLexicon.Entry entry, String span) {
        scores.merge(entry.target(), entry.weight(), Integer::sum);
        evidence.computeIfAbsent(entry.target(), target -> new LinkedHashSet<>()).add(span);
    }

    /** The words of the text that match the terms in order (at most two words between them), or null. */
    private static String match(List<String> terms, List<Word> words, String text) {
        for (int start = 0; start < words.size(); start++) {
            if (!words.get(start).matches(terms.get(0))) {
                continue;
            }
            int last = start;
            boolean all = true;
            for (int t = 1; t < terms.size() && all; t++) {
                all = false;
                for (int next = last + 1; next <= Math.min(words.size() - 1, last + 1 + MAX_GAP); next++) {
                    if (words.get(next).matches(terms.get(t))) {
                        last = next;
                        all = true;
                        break;
                    }
                }
            }
            if (all) {
                return text.substring(words.get(start).start(), words.get(last).end());
            }
        }
        return null;
    }

    /** A word of the text: where it is, and the forms it is compared by. */
    private record Word(int start, int end, List<String> forms) {

        static List<Word> split(String text, UnLanguage language) {
            List<Word> words = new ArrayList<>();
            int i = 0;
            while (i < text.length()) {
                int c = text.codePointAt(i);
                if (!Character.isLetterOrDigit(c)) {
                    i += Character.charCount(c);
                    continue;
                }
                int start = i;
                while (i < text.length() && (Character.isLetterOrDigit(text.codePointAt(i))
                        || Character.getType(text.codePointAt(i)) == Character.NON_SPACING_MARK)) {
                    i += Character.charCount(text.codePointAt(i));
                }
                String word = SdgLexicon.normalise(language, text.substring(start, i));
                words.add(new Word(start, i, language == UnLanguage.AR ? SdgLexicon.arabicForms(word) : List.of(word)));
            }
            return words;
        }

        boolean matches(String term) {
            boolean stem = term.endsWith("*");
            String value = stem ? term.substring(0, term.length() - 1) : term;
            for (String form : forms) {
                if (stem ? form.startsWith(value) : form.equals(value)) {
                    return true;
                }
            }
            return false;
        }
    }
}
