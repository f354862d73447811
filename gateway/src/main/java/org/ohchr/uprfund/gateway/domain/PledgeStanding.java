package org.ohchr.uprfund.gateway.domain;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * What is still expected on a pledge at a date: its amount less what was paid on it (contributions naming it, reversals
 * included, in its currency), nothing once it was cancelled or written off; in US dollars at the pledge's rate. As
 * contributions-service derives it, so that both agree.
 *
 * @param period the pledge's period, a year (2020) or a biennium (2016-2017)
 */
public record PledgeStanding(UUID pledgeId, UUID donorId, String period, BigDecimal outstandingUsd) {

    public static PledgeStanding of(UUID pledgeId, UUID donorId, String period, BigDecimal amount, BigDecimal usdPerUnit,
            BigDecimal paid, boolean cancelled) {
        BigDecimal unpaid = cancelled ? BigDecimal.ZERO : amount.subtract(paid).max(BigDecimal.ZERO);
        return new PledgeStanding(pledgeId, donorId, period, Money.toUsd(unpaid, usdPerUnit));
    }

    /** The last year of its period: 2017 for 2016-2017. */
    public int lastYear() {
        return Integer.parseInt(period.substring(period.length() - 4));
    }

    public boolean isOutstanding() {
        return outstandingUsd.signum() > 0;
    }
}
