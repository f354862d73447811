package org.ohchr.uprfund.recommendations.domain;

/**
 * What identifies a recommendation outside this service: the State under review, the cycle (0 when it has none), the
 * document and the paragraph (as its sort key, so that {@code 110.02} and {@code 110.2} are one paragraph).
 */
public record NaturalKey(String stateUnderReview, int cycleKey, String documentSymbol, String paragraphSort) {

    @Override
    public String toString() {
        return stateUnderReview + ", cycle " + (cycleKey == 0 ? "none" : cycleKey) + ", " + documentSymbol + " para. " + paragraphSort;
    }
}
