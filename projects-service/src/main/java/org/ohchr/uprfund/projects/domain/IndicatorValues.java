package org.ohchr.uprfund.projects.domain;

import java.math.BigDecimal;

import org.ohchr.uprfund.platform.problem.InvalidFieldException;

/** Values of results indicators: decimals as reported, within what is worth keeping (15 integer digits, 6 decimals). */
public final class IndicatorValues {

    private static final int MAX_INTEGER_DIGITS = 15;
    private static final int MAX_DECIMALS = 6;

    private IndicatorValues() {
    }

    /** @return {@code value} as given, or null */
    public static BigDecimal checked(String field, BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal significant = value.stripTrailingZeros();
        if (significant.precision() - significant.scale() > MAX_INTEGER_DIGITS || significant.scale() > MAX_DECIMALS) {
            throw new InvalidFieldException(field, "must have at most " + MAX_INTEGER_DIGITS + " digits before the decimal point and "
                    + MAX_DECIMALS + " after it");
        }
        return value.scale() < 0 ? value.setScale(0) : value;
    }
}
