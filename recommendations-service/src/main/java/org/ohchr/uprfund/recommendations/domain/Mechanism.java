package org.ohchr.uprfund.recommendations.domain;

import org.ohchr.uprfund.platform.reference.CodeList;
import org.ohchr.uprfund.platform.reference.UnLanguage;

/**
 * Where a recommendation comes from. The Universal Periodic Review's recommendations are made by States, in a cycle;
 * treaty bodies and special procedures make theirs in concluding observations and reports, tracked with them.
 */
public enum Mechanism {

    UPR,
    TREATY_BODY,
    SPECIAL_PROCEDURE;

    private static final CodeList LABELS = CodeList.of("mechanisms", values());

    public String label(UnLanguage language) {
        return LABELS.label(this, language);
    }
}
