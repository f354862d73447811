package org.ohchr.uprfund.projects.domain;

import java.util.Arrays;
import java.util.List;

import org.ohchr.uprfund.platform.problem.InvalidFieldException;

/**
 * The expenditure lines of the fund's statement of income and expenditure (Table 1 of the report), by code: the lines an
 * expenditure entry that reconciles with a published report may sit on. They are the cost categories, line for line
 * ({@link CostCategory}, whose codes are this service's code list {@code cost-categories}); the income and balance lines
 * are not for expenditure. The codes are the {@code reconciliation.line} enum of this service's expenditure event
 * schemas, the contract consumers read.
 */
public final class ExpenditureLine {

    private ExpenditureLine() {
    }

    /** The codes of the lines, in the statement's order. */
    public static List<String> codes() {
        return Arrays.stream(CostCategory.values()).map(Enum::name).toList();
    }

    /**
     * @return the cost category whose line {@code code} names
     * @throws InvalidFieldException naming {@code field} unless {@code code} is one of the expenditure lines
     */
    public static CostCategory parse(String field, String code) {
        String stripped = code == null ? "" : code.strip();
        return Arrays.stream(CostCategory.values()).filter(line -> line.name().equals(stripped)).findFirst()
                .orElseThrow(() -> new InvalidFieldException(field, "must be the code of an expenditure line of the statement ("
                        + String.join(", ", codes())
                        + "): an expenditure entry sits on an expenditure line only; the report's own wording goes in note"));
    }
}
