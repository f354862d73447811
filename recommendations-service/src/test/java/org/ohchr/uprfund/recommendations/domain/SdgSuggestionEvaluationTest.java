package org.ohchr.uprfund.recommendations.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.platform.reference.UnLanguage;

/**
 * Precision and recall of the top three SDG suggestions against labelled samples of recommendation texts written for
 * the project, per language and over all: the development sample (src/test/resources/sdg-labelled-sample.tsv, 158
 * texts, written with the lexicon, which was fitted to it) and the held-out sample (sdg-held-out-sample.tsv, 59 texts
 * written afterwards and never used to change the lexicon: the fairer estimate). Micro-averaged: precision is the share
 * of the suggested targets (at most three per text) that the sample expects, recall the share of the expected targets
 * that are suggested. The floors are the figures measured, rounded down: a change of the lexicon that makes the
 * suggestions worse fails here. The figures print with the test.
 */
class SdgSuggestionEvaluationTest {

    private static final int TOP = 3;

    /** Floors of precision and recall per language on the development sample: the figures measured, rounded down. */
    private static final Map<UnLanguage, double[]> DEVELOPMENT_FLOORS = Map.of(
            UnLanguage.EN, new double[] { 0.85, 0.90 },
            UnLanguage.FR, new double[] { 0.90, 0.97 },
            UnLanguage.ES, new double[] { 0.88, 0.95 },
            UnLanguage.AR, new double[] { 1.00, 0.95 },
            UnLanguage.RU, new double[] { 0.95, 1.00 },
            UnLanguage.ZH, new double[] { 0.95, 0.95 });

    /** Floors on the held-out sample: the figures measured, rounded down (8 to 15 texts a language: a coarse estimate). */
    private static final Map<UnLanguage, double[]> HELD_OUT_FLOORS = Map.of(
            UnLanguage.EN, new double[] { 1.00, 0.38 },
            UnLanguage.FR, new double[] { 0.80, 0.30 },
            UnLanguage.ES, new double[] { 0.85, 0.50 },
            UnLanguage.AR, new double[] { 0.77, 0.77 },
            UnLanguage.RU, new double[] { 0.71, 0.50 },
            UnLanguage.ZH, new double[] { 0.66, 0.44 });

    private record Labelled(UnLanguage language, Set<String> expected, String text) {
    }

    @Test
    void topThreeSuggestionsReachTheMeasuredPrecisionAndRecallOnTheDevelopmentSample() throws IOException {
        List<Labelled> sample = sample("sdg-labelled-sample.tsv");
        assertThat(sample).hasSizeGreaterThanOrEqualTo(150);
        evaluate("development sample", sample, DEVELOPMENT_FLOORS);
    }

    @Test
    void topThreeSuggestionsReachTheMeasuredPrecisionAndRecallOnTheHeldOutSample() throws IOException {
        List<Labelled> sample = sample("sdg-held-out-sample.tsv");
        assertThat(sample).hasSizeGreaterThanOrEqualTo(50);
        evaluate("held-out sample", sample, HELD_OUT_FLOORS);
    }

    private static void evaluate(String name, List<Labelled> sample, Map<UnLanguage, double[]> floors) {
        SdgSuggester suggester = new SdgSuggester(SdgLexicon.load());
        Map<UnLanguage, int[]> counts = new EnumMap<>(UnLanguage.class); // texts, suggested, expected, correct
        for (Labelled labelled : sample) {
            List<String> suggested = suggester.suggest(labelled.text(), labelled.language()).stream().limit(TOP)
                    .map(SdgSuggestion::target).toList();
            int correct = (int) suggested.stream().filter(labelled.expected()::contains).count();
            int[] c = counts.computeIfAbsent(labelled.language(), language -> new int[4]);
            c[0]++;
            c[1] += suggested.size();
            c[2] += labelled.expected().size();
            c[3] += correct;
            if (correct < labelled.expected().size() || correct < suggested.size()) {
                System.out.println("  " + labelled.language().tag() + " expected " + labelled.expected() + " suggested " + suggested
                        + ": " + labelled.text());
            }
        }
        int[] all = new int[4];
        System.out.println("SDG suggestions, top " + TOP + ", on the " + name + ":");
        for (UnLanguage language : UnLanguage.values()) {
            int[] c = counts.get(language);
            for (int i = 0; i < 4; i++) {
                all[i] += c[i];
            }
            double precision = ratio(c[3], c[1]);
            double recall = ratio(c[3], c[2]);
            System.out.printf(Locale.ROOT, "  %s: %3d texts  precision %.3f  recall %.3f%n", language.tag(), c[0], precision, recall);
            assertThat(precision).as(name + ", " + language + ", precision").isGreaterThanOrEqualTo(floors.get(language)[0]);
            assertThat(recall).as(name + ", " + language + ", recall").isGreaterThanOrEqualTo(floors.get(language)[1]);
        }
        System.out.printf(Locale.ROOT, "  all: %3d texts  precision %.3f  recall %.3f%n", all[0], ratio(all[3], all[1]), ratio(all[3], all[2]));
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static List<Labelled> sample(String resource) throws IOException {
        List<Labelled> sample = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                SdgSuggestionEvaluationTest.class.getClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                Set<String> expected = new HashSet<>(Arrays.asList(fields[1].split(",")));
                expected.forEach(target -> assertThat(SustainableDevelopmentGoals.isTarget(target)).as(target).isTrue());
                sample.add(new Labelled(UnLanguage.valueOf(fields[0].toUpperCase(Locale.ROOT)), expected, fields[2]));
            }
        }
        return sample;
    }
}
