package org.ohchr.uprfund.contributions.domain;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;

/**
 * The exchange gain or loss that arises when a pledge made in a currency other than the US dollar is paid at a rate
 * different from the rate at pledge time: the amount applied valued at the rate of receipt, less the same amount valued
 * at the pledge's rate, each rounded to the cent as the books record them. So the books agree to the cent: what was
 * received in US dollars = what the pledge valued + the exchange difference.
 */
public final class ExchangeDifferenceRule {

    private ExchangeDifferenceRule() {
    }

    /**
     * @return {@code round(amountApplied x receiptUsdPerUnit) - round(amountApplied x pledgeUsdPerUnit)} in US dollars,
     *         each rounded to scale 2 half-even: positive is a gain, negative a loss
     */
    public static BigDecimal between(BigDecimal amountApplied, BigDecimal pledgeUsdPerUnit, BigDecimal receiptUsdPerUnit) {
        return Money.toUsd(amountApplied, receiptUsdPerUnit).subtract(Money.toUsd(amountApplied, pledgeUsdPerUnit));
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
