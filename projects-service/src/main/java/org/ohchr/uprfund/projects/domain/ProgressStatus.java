package org.ohchr.uprfund.projects.domain;

import org.ohchr.uprfund.platform.reference.CodeList;
import org.ohchr.uprfund.platform.reference.UnLanguage;

/** How a field office rates a project's progress in a reporting period. */
public enum ProgressStatus {

    ON_TRACK,
    MINOR_DELAYS,
    AT_RISK,
    OFF_TRACK;

    private static final CodeList LABELS = CodeList.of("progress-statuses", values());

    public String label(UnLanguage language) {
        return LABELS.label(this, language);
    }
}
