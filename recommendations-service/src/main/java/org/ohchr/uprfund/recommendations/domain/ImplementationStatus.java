package org.ohchr.uprfund.recommendations.domain;

import org.ohchr.uprfund.platform.reference.CodeList;
import org.ohchr.uprfund.platform.reference.UnLanguage;

/** How far a recommendation is implemented; its changes are kept as history ({@link StatusChange}). */
public enum ImplementationStatus {

    NOT_STARTED(false),
    IN_PROGRESS(false),
    PARTIALLY_IMPLEMENTED(true),
    IMPLEMENTED(true);

    private static final CodeList LABELS = CodeList.of("implementation-statuses", values());

    private final boolean needsEvidence;

    ImplementationStatus(boolean needsEvidence) {
        this.needsEvidence = needsEvidence;
    }

    /** A claim that something was implemented, wholly or in part, must link to the evidence for it. */
    public boolean needsEvidence() {
        return needsEvidence;
    }

    public String label(UnLanguage language) {
        return LABELS.label(this, language);
    }
}
