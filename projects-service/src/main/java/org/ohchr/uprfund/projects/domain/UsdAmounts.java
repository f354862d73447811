package org.ohchr.uprfund.projects.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.ohchr.uprfund.platform.problem.InvalidFieldException;

/** US dollar amounts of budgets and expenditure: at most two decimals, kept at scale 2, below what the books hold. */
public final class UsdAmounts {

    public static final int SCALE = 2;
    /** Amounts are below this: fifteen integer digits, as the database keeps them. */
    private static final BigDecimal LIMIT = new BigDecimal("1000000000000000");

    private UsdAmounts() {
    }

    /**
     * @return {@code amount} at scale 2
     * @throws InvalidFieldException unless it is greater than zero, has at most two decimals and is within the books
     */
    public static BigDecimal positive(String field, BigDecimal amount) {
        BigDecimal usd = withinBooks(field, amount);
        if (usd.signum() <= 0) {
            throw new InvalidFieldException(field, "must be greater than zero");
        }
        return usd;
    }

    /**
     * @return {@code amount} at scale 2
     * @throws InvalidFieldException when it is negative, has more than two decimals or is too large
     */
    public static BigDecimal notNegative(String field, BigDecimal amount) {
        BigDecimal usd = withinBooks(field, amount);
        if (usd.signum() < 0) {
            throw new InvalidFieldException(field, "must not be negative");
        }
        return usd;
    }

    private static BigDecimal withinBooks(String field, BigDecimal amount) {
        if (amount == null) {
            throw new InvalidFieldException(field, "is required");
        }
        if (amount.stripTrailingZeros().scale() > SCALE) {
            throw new InvalidFieldException(field, "has more than two decimals (US dollars and cents)");
        }
        BigDecimal usd = amount.setScale(SCALE, RoundingMode.UNNECESSARY);
        if (usd.abs().compareTo(LIMIT) >= 0) {
            throw new InvalidFieldException(field, "is too large");
        }
        return usd;
    }
}
