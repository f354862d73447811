package org.ohchr.uprfund.recommendations.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.ohchr.uprfund.platform.reference.UnLanguage;

/**
 * The words and phrases that point to each SDG target, per language: the project's own lexicon
 * ({@code sdg-lexicon.tsv}, one entry a line: target, language, weight, phrase). A phrase is one or more terms; a term
 * ending in {@code *} matches any word it starts (a stem: {@code educat*}); terms of a phrase match words in order, with
 * at most two other words between them. Chinese phrases are substrings; {@code +} joins substrings that must all
 * appear. Words are compared in lower case, without accents (and Arabic without vowel marks, with its letter variants
 * and common prefixes - the article, and, by, for - set aside).
 */
public final class SdgLexicon {

    public static final String RESOURCE = "sdg-lexicon.tsv";

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern ARABIC_MARKS = Pattern.compile("[\\u064B-\\u065F\\u0670\\u0640]");
    private static final List<String> ARABIC_PREFIXES = List.of("وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ل", "ف");

    /** One entry: its target, weight and terms (normalised). */
    public record Entry(String target, int weight, String phrase, List<String> terms) {
    }

    private final Map<UnLanguage, List<Entry>> entries;

    private SdgLexicon(Map<UnLanguage, List<Entry>> entries) {
        this.entries = entries;
    }

    /** The lexicon shipped with the service. */
    public static SdgLexicon load() {
        try (InputStream in = SdgLexicon.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("No " + RESOURCE + " on the class path");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SdgLexicon parse(List<String> lines) {
        Map<UnLanguage, List<Entry>> entries = new EnumMap<>(UnLanguage.class);
        for (UnLanguage language : UnLanguage.values()) {
            entries.put(language, new ArrayList<>());
        }
        int number = 0;
        for (String line : lines) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            if (fields.length != 4 || !SustainableDevelopmentGoals.isTarget(fields[0]) || !fields[2].matches("[1-5]")) {
                throw new IllegalStateException(RESOURCE + " line " + number + " is not: target, language, weight 1-5, phrase");
            }
            UnLanguage language = UnLanguage.valueOf(fields[1].toUpperCase(Locale.ROOT));
            String phrase = fields[3].strip();
            List<String> terms = language == UnLanguage.ZH
                    ? Arrays.stream(phrase.split("\\+")).map(term -> term.strip().toLowerCase(Locale.ROOT)).toList()
                    : Arrays.stream(phrase.split("\\s+")).map(term -> normalise(language, term)).toList();
            entries.get(language).add(new Entry(fields[0], Integer.parseInt(fields[2]), phrase, terms));
        }
        entries.replaceAll((language, list) -> Collections.unmodifiableList(list));
        return new SdgLexicon(entries);
    }

    public List<Entry> entries(UnLanguage language) {
        return entries.get(language);
    }

    public int size() {
        return entries.values().stream().mapToInt(List::size).sum();
    }

    /** A word as the lexicon compares it (a trailing {@code *} is kept). */
    static String normalise(UnLanguage language, String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return switch (language) {
            case AR -> ARABIC_MARKS.matcher(lower).replaceAll("").replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا').replace('ٱ', 'ا')
                    .replace('ى', 'ي').replace('ة', 'ه');
            case RU -> lower.replace('ё', 'е');
            case ZH -> lower;
            default -> COMBINING_MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        };
    }

    /** The forms an Arabic word may be matched by: itself and without one of the common prefixes. */
    static List<String> arabicForms(String word) {
        List<String> forms = new ArrayList<>(3);
        forms.add(word);
        for (String prefix : ARABIC_PREFIXES) {
            if (word.startsWith(prefix) && word.length() - prefix.length() >= 2) {
                forms.add(word.substring(prefix.length()));
            }
        }
        return forms;
    }
}
