package org.ohchr.uprfund.contributions.domain;

import java.math.BigDecimal;

import org.ohchr.uprfund.platform.problem.InvalidFieldException;

/** The sign and size rules of income entries and their reversals, in US dollars at scale 2. */
public final class IncomeAmounts {

    /** US dollar amounts are below this: fifteen integer digits, as for pledges and contributions. */
    private static final BigDecimal LIMIT = new BigDecimal("1000000000000000");

    private IncomeAmounts() {
    }

    /**
     * @return {@code amountUsd} at scale 2
     * @throws InvalidFieldException for more than two decimals, or a thousand trillion or more either way
     */
    public static BigDecimal usdWithinBooks(String field, BigDecimal amountUsd) {
        BigDecimal amount = Money.usd(field, amountUsd);
        if (amount.abs().compareTo(LIMIT) >= 0) {
            throw new InvalidFieldException(field, "is too large");
        }
        return amount;
    }

    /**
     * @return {@code amountUsd} at scale 2
     * @throws InvalidFieldException for more than two decimals, zero, a negative amount of a kind that cannot be a loss, or
     *         an amount too large to keep
     */
    public static BigDecimal requireValidFor(String field, IncomeKind kind, BigDecimal amountUsd) {
        BigDecimal amount = usdWithinBooks(field, amountUsd);
        if (amount.signum() == 0) {
            throw new InvalidFieldException(field, "must not be zero");
        }
        if (amount.signum() < 0 && !kind.mayBeNegative()) {
            throw new InvalidFieldException(field, "must be greater than zero for " + kind
                    + " (only EXCHANGE_GAIN_LOSS records a loss as a negative amount; a correction is a reversal)");
        }
        return amount;
    }

    /**
     * The amount of the entry reversing {@code original}: the opposite sign, for {@code requested} (a positive amount no
     * larger than the original's) or, when {@code requested} is null, for the whole original.
     *
     * @throws InvalidFieldException when {@code requested} has more than two decimals, is not positive, or is larger
     */
    public static BigDecimal reversalOf(String field, BigDecimal original, BigDecimal requested) {
        if (requested == null) {
            return original.negate();
        }
        BigDecimal size = Money.requirePositive(field, Money.usd(field, requested));
        if (size.compareTo(original.abs()) > 0) {
            throw new InvalidFieldException(field, "must not exceed the original entry's " + original.abs().toPlainString() + " USD");
        }
        return original.signum() > 0 ? size.negate() : size;
    }
}
