package org.ohchr.uprfund.contributions.domain;

import java.math.BigDecimal;

/**
 * A contribution entry with what other rows say about it.
 *
 * @param exchangeDifferenceUsd the exchange difference recorded with it, or null
 * @param remainingAmount of an entry received: its amount less its reversals; null for a reversal entry
 */
public record ContributionView(Contribution contribution, BigDecimal exchangeDifferenceUsd, BigDecimal remainingAmount) {
}
