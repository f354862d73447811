package org.ohchr.uprfund.contributions.domain;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.ohchr.uprfund.platform.problem.InvalidFieldException;

/**
 * The income lines of the fund's statement of income and expenditure (Table 1 of the report), by code: the lines an
 * income entry that reconciles with a published report may sit on. Income is shown in the income section only;
 * the expenditure and balance lines are not for it. The codes are the {@code reconciliation.line} enum of this
 * service's income event schemas, the contract consumers read.
 */
public enum IncomeLine {
    CONTRIBUTIONS_RECEIVED,
    EXCHANGE_GAIN_LOSS,
    PRIOR_YEAR_PLEDGES_RECEIVED,
    MISCELLANEOUS_AND_INVESTMENT_INCOME;

    /** @throws InvalidFieldException naming {@code field} unless {@code code} is one of the income lines */
    public static IncomeLine parse(String field, String code) {
        String stripped = code == null ? "" : code.strip();
        return Arrays.stream(values()).filter(line -> line.name().equals(stripped)).findFirst()
                .orElseThrow(() -> new InvalidFieldException(field, "must be the code of an income line of the statement ("
                        + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "))
                        + "): an income entry sits on an income line only; the report's own wording goes in note"));
    }
}
