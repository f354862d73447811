package org.ohchr.uprfund.projects.domain;

import org.ohchr.uprfund.platform.reference.CodeList;
import org.ohchr.uprfund.platform.reference.UnLanguage;

/**
 * The UN cost categories of expenditure: the nine lines of Table 1 of the fund's statement, in its order, labelled by
 * the code list {@code cost-categories}. The English and Chinese labels are the lines of the 2020 report itself; the
 * others follow the terms of the United Nations' financial statements in each language as closely as they are known
 * here. Programme support costs (the indirect costs the
 * United Nations charges on direct expenditure) are a category of their own.
 */
public enum CostCategory {

    STAFF,
    OTHER_PERSONNEL,
    STAFF_TRAVEL,
    PARTICIPANT_TRAVEL,
    CONTRACTUAL_SERVICES,
    GENERAL_OPERATING,
    EQUIPMENT,
    GRANTS,
    PROGRAMME_SUPPORT;

    private static final CodeList LABELS = CodeList.of("cost-categories", values());

    public String label(UnLanguage language) {
        return LABELS.label(this, language);
    }

    /** The line of Table 1 it is, from 1. */
    public int statementLine() {
        return ordinal() + 1;
    }
}
