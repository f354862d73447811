package org.ohchr.uprfund.contributions.service;

import java.math.BigDecimal;

import org.ohchr.uprfund.contributions.PledgeCancellationReason;
import org.ohchr.uprfund.contributions.PledgeStatus;

/**
 * Where a pledge stands, derived from its rows: what was paid (the sum of the contributions applied to it, reversals
 * included) and whether its unpaid part was cancelled or written off. Nothing about it is stored.
 *
 * @param paid in the pledge's currency
 * @param outstanding in the pledge's currency: what is still expected; zero once paid, cancelled or written off
 * @param outstandingUsd {@code outstanding} at the pledge's rate, scale 2, half-even
 */
public record PledgeStanding(PledgeStatus status, BigDecimal paid, BigDecimal outstanding, BigDecimal outstandingUsd) {

    /**
     * @param amount the pledge's amount
     * @param usdPerUnit the pledge's rate
     * @param paid the sum of the contributions applied to it (reversals negative)
     * @param cancellation the reason of its cancellation, or null when it was not cancelled
     */
    public static PledgeStanding of(BigDecimal amount, BigDecimal usdPerUnit, BigDecimal paid, PledgeCancellationReason cancellation) {
        BigDecimal unpaid = amount.subtract(paid).max(BigDecimal.ZERO);
        PledgeStatus status;
        if (cancellation != null) {
            status = cancellation.status();
            unpaid = BigDecimal.ZERO;
        } else if (unpaid.signum() == 0) {
            status = PledgeStatus.PAID;
        } else if (paid.signum() > 0) {
            status = PledgeStatus.PARTLY_PAID;
        } else {
            status = PledgeStatus.OPEN;
        }
        BigDecimal outstanding = unpaid.setScale(amount.scale(), java.math.RoundingMode.UNNECESSARY);
        return new PledgeStanding(status, paid.setScale(amount.scale(), java.math.RoundingMode.UNNECESSARY), outstanding,
                Money.toUsd(outstanding, usdPerUnit));
    }

    public boolean isCancelled() {
        return status.isClosedByDecision();
    }
}
