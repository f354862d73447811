package org.ohchr.uprfund.contributions.domain;

import org.ohchr.uprfund.platform.reference.CodeList;
import org.ohchr.uprfund.platform.reference.UnLanguage;

/**
 * The kinds of other income in Table 1 of the fund's statement, labelled in the six official UN languages by the code list
 * {@code income-kinds}. Contributions received are not income entries: they are recorded as contributions.
 */
public enum IncomeKind {

    INVESTMENT(false),
    MISCELLANEOUS(false),
    PRIOR_YEAR_PLEDGE_RECEIPT(false),
    /** Typed in by hand, such as a bank revaluation; the only kind that may be negative (a loss). */
    EXCHANGE_GAIN_LOSS(true);

    private static final CodeList LABELS = CodeList.of("income-kinds", values());

    private final boolean mayBeNegative;

    IncomeKind(boolean mayBeNegative) {
        this.mayBeNegative = mayBeNegative;
    }

    /** True for the kind whose entries record losses as negative amounts. */
    public boolean mayBeNegative() {
        return mayBeNegative;
    }

    public String label(UnLanguage language) {
        return LABELS.label(this, language);
    }
}
