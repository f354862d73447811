package org.ohchr.uprfund.gateway.domain;

import org.ohchr.uprfund.platform.reference.CodeList;
import org.ohchr.uprfund.platform.reference.UnLanguage;

/**
 * The nine expenditure lines of Table 1 of the fund's statement, in its order: the UN's cost categories, which
 * projects-service owns. Their labels are its code list {@code cost-categories}, read from its jar as it ships it.
 */
public enum CostCategory {
    STAFF, OTHER_PERSONNEL, STAFF_TRAVEL, PARTICIPANT_TRAVEL, CONTRACTUAL_SERVICES, GENERAL_OPERATING, EQUIPMENT, GRANTS,
    PROGRAMME_SUPPORT;

    /** The owner's list, of which these codes must be exactly the codes, in its order. */
    public static final String CODE_LIST = "cost-categories";

    private static final CodeList LABELS = CodeList.of(CODE_LIST, values());

    public String label(UnLanguage language) {
        return LABELS.label(this, language);
    }
}
