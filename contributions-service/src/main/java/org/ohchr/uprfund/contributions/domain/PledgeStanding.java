package org.ohchr.uprfund.contributions.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Where a pledge stands, derived from its rows: what was paid (the sum of the contributions applied to it, reversals
 * included) and whether its unpaid part was cancelled or written off. Nothing about it is stored.
 * <p>
 * A cancelled or written-off pledge stays closed for good: what it was not paid is cancelled, computed from the rows as
 * its amount less what was paid. So when a payment on a closed pledge is reversed (the money did not arrive after all),
 * the reversed amount is added to what was cancelled, and nothing becomes outstanding again. The amount outstanding at
 * the moment of the decision stays recorded with the cancellation, as history.
 *
 * @param paid in the pledge's currency
 * @param outstanding in the pledge's currency: what is still expected; zero once paid, cancelled or written off
 * @param outstandingUsd {@code outstanding} at the pledge's rate, scale 2, half-even
 * @param cancelled in the pledge's currency: what will not be collected, on a cancelled or written-off pledge; else zero
 * @param cancelledUsd {@code cancelled} at the pledge's rate, scale 2, half-even
 */
public record PledgeStanding(PledgeStatus status, BigDecimal paid, BigDecimal outstanding, BigDecimal outstandingUsd,
        BigDecimal cancelled, BigDecimal cancelledUsd) {

    /**
     * @param amount the pledge's amount
     * @param usdPerUnit the pledge's rate
     * @param paid the sum of the contributions applied to it (reversals negative)
     * @param cancellation the reason of its cancellation, or null when it was not cancelled
     */
    public static PledgeStanding of(BigDecimal amount, BigDecimal usdPerUnit, BigDecimal paid, PledgeCancellationReason cancellation) {
        BigDecimal unpaid = amount.subtract(paid).max(BigDecimal.ZERO).setScale(amount.scale(), RoundingMode.UNNECESSARY);
        BigDecimal zero = BigDecimal.ZERO.setScale(amount.scale());
        PledgeStatus status;
        if (cancellation != null) {
            status = cancellation.status();
        } else if (unpaid.signum() == 0) {
            status = PledgeStatus.PAID;
        } else if (paid.signum() > 0) {
            status = PledgeStatus.PARTLY_PAID;
        } else {
            status = PledgeStatus.OPEN;
        }
        BigDecimal outstanding = cancellation == null ? unpaid : zero;
        BigDecimal cancelled = cancellation == null ? zero : unpaid;
        return new PledgeStanding(status, paid.setScale(amount.scale(), RoundingMode.UNNECESSARY), outstanding,
                Money.toUsd(outstanding, usdPerUnit), cancelled, Money.toUsd(cancelled, usdPerUnit));
    }

    public boolean isCancelled() {
        return status.isClosedByDecision();
    }
}
