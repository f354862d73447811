package org.ohchr.uprfund.projects.domain;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.ohchr.uprfund.platform.problem.InvalidFieldException;

/**
 * The expenditure lines of the fund's statement of income and expenditure (Table 1 of the report), by code: the lines an
 * expenditure entry that reconciles with a published report may sit on. Expenditure is shown in the expenditure section
 * only; the income and balance lines are not for it. The codes are the {@code reconciliation.line} enum of this
 * service's expenditure event schemas, the contract consumers read.
 */
public enum ExpenditureLine {
    STAFF,
    OTHER_PERSONNEL,
    STAFF_TRAVEL,
    PARTICIPANT_TRAVEL,
    CONTRACTUAL_SERVICES,
    GENERAL_OPERATING,
    EQUIPMENT,
    GRANTS,
    PROGRAMME_SUPPORT;

    /** @throws InvalidFieldException naming {@code field} unless {@code code} is one of the expenditure lines */
    public static ExpenditureLine parse(String field, String code) {
        String stripped = code == null ? "" : code.strip();
        return Arrays.stream(values()).filter(line -> line.name().equals(stripped)).findFirst()
                .orElseThrow(() -> new InvalidFieldException(field, "must be the code of an expenditure line of the statement ("
                        + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "))
                        + "): an expenditure entry sits on an expenditure line only; the report's own wording goes in note"));
    }
}
