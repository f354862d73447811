package org.ohchr.uprfund.contributions.domain;

import java.math.BigDecimal;
import java.util.Currency;

import org.ohchr.uprfund.platform.problem.InvalidFieldException;

/** Rates to the US dollar, given as US dollars per unit of the other currency ({@code usdPerUnit}). */
public final class ExchangeRate {

    /** Most decimals a rate may carry, as the database keeps it. */
    public static final int MAX_SCALE = 10;
    /** Rates are below this (nine integer digits, as the database keeps them). */
    private static final BigDecimal LIMIT = new BigDecimal("1000000000");

    private ExchangeRate() {
    }

    /**
     * The rate to record for an amount in {@code currency}: for US dollars it is 1 (and may be left out); for any other
     * currency it is required, greater than zero, with at most {@value #MAX_SCALE} decimals.
     *
     * @throws InvalidFieldException naming {@code field} otherwise
     */
    public static BigDecimal usdPerUnit(String field, Currency currency, BigDecimal usdPerUnit) {
        if (Money.USD.equals(currency)) {
            if (usdPerUnit != null && usdPerUnit.compareTo(BigDecimal.ONE) != 0) {
                throw new InvalidFieldException(field, "must be 1 (or left out) for an amount in USD");
            }
            return BigDecimal.ONE;
        }
        if (usdPerUnit == null) {
            throw new InvalidFieldException(field, "is required for an amount in " + currency.getCurrencyCode()
                    + ": US dollars per unit of " + currency.getCurrencyCode() + " on the day");
        }
        if (usdPerUnit.signum() <= 0) {
            throw new InvalidFieldException(field, "must be greater than zero");
        }
        BigDecimal rate = plain(usdPerUnit);
        if (rate.scale() > MAX_SCALE) {
            throw new InvalidFieldException(field, "must have at most " + MAX_SCALE + " decimals");
        }
        if (rate.compareTo(LIMIT) >= 0) {
            throw new InvalidFieldException(field, "is too large for US dollars per unit");
        }
        return rate;
    }

    /** The rate without trailing zeros and never in exponent notation: 1.0842500000 becomes 1.08425, 1E+1 becomes 10. */
    public static BigDecimal plain(BigDecimal rate) {
        BigDecimal stripped = rate.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
