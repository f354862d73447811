package org.ohchr.uprfund.contributions.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Optional;

/**
 * The exchange gain or loss that arises when a pledge made in a currency other than the US dollar is paid at a rate
 * different from the rate at pledge time: the amount applied to the pledge times the difference of the two rates.
 */
public final class ExchangeDifferenceRule {

    private ExchangeDifferenceRule() {
    }

    /**
     * @return {@code amountApplied x (receiptUsdPerUnit - pledgeUsdPerUnit)} in US dollars, scale 2, half-even:
     *         positive is a gain, negative a loss
     */
    public static BigDecimal between(BigDecimal amountApplied, BigDecimal pledgeUsdPerUnit, BigDecimal receiptUsdPerUnit) {
        return amountApplied.multiply(receiptUsdPerUnit.subtract(pledgeUsdPerUnit)).setScale(Money.USD_SCALE, RoundingMode.HALF_EVEN);
    }

    /**
     * The difference to record when {@code amountApplied} of a pledge in {@code currency} is paid: none for US dollars,
     * for an unchanged rate, or when the difference rounds to zero cents.
     */
    public static Optional<BigDecimal> toRecord(Currency currency, BigDecimal amountApplied, BigDecimal pledgeUsdPerUnit,
            BigDecimal receiptUsdPerUnit) {
        if (Money.USD.equals(currency) || pledgeUsdPerUnit.compareTo(receiptUsdPerUnit) == 0) {
            return Optional.empty();
        }
        BigDecimal difference = between(amountApplied, pledgeUsdPerUnit, receiptUsdPerUnit);
        return difference.signum() == 0 ? Optional.empty() : Optional.of(difference);
    }
}
