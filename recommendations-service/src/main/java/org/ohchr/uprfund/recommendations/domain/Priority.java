package org.ohchr.uprfund.recommendations.domain;

import org.ohchr.uprfund.platform.reference.CodeList;
import org.ohchr.uprfund.platform.reference.UnLanguage;

/** The priority an implementation plan gives a recommendation. */
public enum Priority {

    HIGH,
    MEDIUM,
    LOW;

    private static final CodeList LABELS = CodeList.of("priorities", values());

    public String label(UnLanguage language) {
        return LABELS.label(this, language);
    }
}
