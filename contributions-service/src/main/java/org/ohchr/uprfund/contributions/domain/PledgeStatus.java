package org.ohchr.uprfund.contributions.domain;

import org.ohchr.uprfund.platform.reference.CodeList;
import org.ohchr.uprfund.platform.reference.UnLanguage;

/**
 * Where a pledge stands, labelled in the six official UN languages by the code list {@code pledge-statuses}. Never
 * stored: derived from the payments applied to it ({@code OPEN}, {@code PARTLY_PAID}, {@code PAID}) or from its recorded
 * cancellation ({@code CANCELLED}, {@code WRITTEN_OFF}).
 */
public enum PledgeStatus {

    OPEN,
    PARTLY_PAID,
    PAID,
    CANCELLED,
    WRITTEN_OFF;

    private static final CodeList LABELS = CodeList.of("pledge-statuses", values());

    public String label(UnLanguage language) {
        return LABELS.label(this, language);
    }

    /** True once nothing more is expected on the pledge because its unpaid part was cancelled or written off. */
    public boolean isClosedByDecision() {
        return this == CANCELLED || this == WRITTEN_OFF;
    }
}
