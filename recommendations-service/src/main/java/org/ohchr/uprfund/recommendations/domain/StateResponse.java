package org.ohchr.uprfund.recommendations.domain;

import org.ohchr.uprfund.platform.reference.CodeList;
import org.ohchr.uprfund.platform.reference.UnLanguage;

/** The State under review's response to a recommendation; PENDING until it gives one. */
public enum StateResponse {

    SUPPORTED,
    SUPPORTED_IN_PART,
    NOTED,
    PENDING;

    private static final CodeList LABELS = CodeList.of("state-responses", values());

    public String label(UnLanguage language) {
        return LABELS.label(this, language);
    }
}
