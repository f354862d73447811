package org.ohchr.uprfund.contributions.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

import org.ohchr.uprfund.platform.problem.InvalidFieldException;

/**
 * The fund's money rules: amounts carry an ISO 4217 currency and no more decimals than it has;
 * US dollar values are kept at scale 2, rounded half-even.
 */
public final class Money {

    public static final Currency USD = Currency.getInstance("USD");
    public static final int USD_SCALE = 2;

    private Money() {
    }

    /** @throws InvalidFieldException when {@code code} is not an ISO 4217 currency in use for payments */
    public static Currency currency(String field, String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            throw new InvalidFieldException(field, "must be an ISO 4217 currency code such as USD or EUR");
        }
        try {
            Currency currency = Currency.getInstance(code);
            if (currency.getDefaultFractionDigits() < 0) {
                throw new InvalidFieldException(field, code + " is not a currency money can be paid in");
            }
            return currency;
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(field, code + " is not an ISO 4217 currency code");
        }
    }

    /** The ISO 4217 code of an optional filter, such as EUR; null when absent or blank. */
    public static String currencyIfPresent(String field, String code) {
        return code == null || code.isBlank() ? null : currency(field, code.strip()).getCurrencyCode();
    }

    /** @throws InvalidFieldException when {@code amount} has more decimals than {@code currency} allows */
    public static BigDecimal requireScale(String field, BigDecimal amount, Currency currency) {
        BigDecimal normalised = amount.stripTrailingZeros();
        if (normalised.scale() > currency.getDefaultFractionDigits()) {
            throw new InvalidFieldException(field, "has more decimals than " + currency.getCurrencyCode() + " allows ("
                    + currency.getDefaultFractionDigits() + ")");
        }
        return amount.setScale(Math.max(currency.getDefaultFractionDigits(), 0), RoundingMode.UNNECESSARY);
    }

    /** @throws InvalidFieldException unless {@code amount} is greater than zero */
    public static BigDecimal requirePositive(String field, BigDecimal amount) {
        if (amount == null || amount.signum() <= 0) {
            throw new InvalidFieldException(field, "must be greater than zero");
        }
        return amount;
    }

    /** The US dollar value of {@code amount} at {@code usdPerUnit}, at scale 2, rounded half-even. */
    public static BigDecimal toUsd(BigDecimal amount, BigDecimal usdPerUnit) {
        return amount.multiply(usdPerUnit).setScale(USD_SCALE, RoundingMode.HALF_EVEN);
    }

    /** A US dollar amount checked to have at most two decimals, at scale 2. */
    public static BigDecimal usd(String field, BigDecimal amount) {
        return requireScale(field, amount, USD);
    }
}
