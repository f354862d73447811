package org.ohchr.uprfund.recommendations.domain;

import java.util.List;

/**
 * An SDG target suggested for a text: the sum of the weights of the lexicon entries the text matched for it, a
 * confidence derived from that sum ({@code score / (score + 2)}), and the evidence: the words of the text that matched.
 */
public record SdgSuggestion(String target, int score, double confidence, List<String> evidence) {

    public int goal() {
        return SustainableDevelopmentGoals.goalOf(target);
    }

    static double confidenceOf(int score) {
        return Math.round(100.0 * score / (score + 2)) / 100.0;
    }
}
