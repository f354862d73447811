package org.ohchr.uprfund.contributions.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

import org.ohchr.uprfund.platform.problem.InvalidFieldException;

/** Amounts of pledges and contributions: in their currency's decimals, and within what the books can hold. */
public final class EntryAmounts {

    /** Amounts and US dollar values are below this (fifteen integer digits, as the database keeps them). */
    private static final BigDecimal LIMIT = new BigDecimal("1000000000000000");

    private EntryAmounts() {
    }

    /** An amount of a request, checked: its currency, the amount at the currency's scale, its rate and its US dollar value. */
    public record Valued(Currency currency, BigDecimal amount, BigDecimal usdPerUnit, BigDecimal amountUsd) {
    }

    /**
     * Checks the request fields {@code currency}, {@code amount} (greater than zero) and {@code usdPerUnit}, and values
     * the amount in US dollars at that rate (scale 2, half-even).
     *
     * @throws InvalidFieldException naming the first field found wrong
     */
    public static Valued value(String currencyCode, BigDecimal amount, BigDecimal usdPerUnit) {
        Currency currency = Money.currency("currency", currencyCode);
        BigDecimal checked = positive("amount", amount, currency);
        BigDecimal rate = ExchangeRate.usdPerUnit("usdPerUnit", currency, usdPerUnit);
        return new Valued(currency, checked, rate, usdValue("usdPerUnit", checked, rate));
    }

    /**
     * @return {@code amount} at its currency's scale
     * @throws InvalidFieldException unless it is greater than zero, has no more decimals than {@code currency} and is
     *         below a thousand trillion
     */
    public static BigDecimal positive(String field, BigDecimal amount, Currency currency) {
        Money.requirePositive(field, amount);
        BigDecimal scaled = Money.requireScale(field, amount, currency);
        if (scaled.compareTo(LIMIT) >= 0) {
            throw new InvalidFieldException(field, "is too large");
        }
        return scaled;
    }

    /**
     * @return the US dollar value of {@code amount} at {@code usdPerUnit} (scale 2, half-even)
     * @throws InvalidFieldException naming {@code rateField} when the value is too large to keep
     */
    public static BigDecimal usdValue(String rateField, BigDecimal amount, BigDecimal usdPerUnit) {
        BigDecimal usd = Money.toUsd(amount, usdPerUnit);
        if (usd.abs().compareTo(LIMIT) >= 0) {
            throw new InvalidFieldException(rateField, "gives a US dollar value too large to keep");
        }
        return usd;
    }

    /** {@code amount}, kept at four decimals in the database, at its currency's own number of decimals. */
    public static BigDecimal atCurrencyScale(BigDecimal amount, String currencyCode) {
        int digits = Math.max(Currency.getInstance(currencyCode).getDefaultFractionDigits(), 0);
        return amount.setScale(digits, RoundingMode.UNNECESSARY);
    }
}
