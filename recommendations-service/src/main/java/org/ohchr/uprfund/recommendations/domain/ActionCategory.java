package org.ohchr.uprfund.recommendations.domain;

import org.ohchr.uprfund.platform.reference.CodeList;
import org.ohchr.uprfund.platform.reference.UnLanguage;

/**
 * UPR Info's categories of the action a recommendation asks for, from 1 (minimal: share experience, ask for help) to 5
 * (specific: a measurable act, such as ratifying a named treaty).
 */
public enum ActionCategory {

    MINIMAL(1),
    CONTINUING(2),
    CONSIDERING(3),
    GENERAL(4),
    SPECIFIC(5);

    private static final CodeList LABELS = CodeList.of("action-categories", values());

    private final int number;

    ActionCategory(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    public String label(UnLanguage language) {
        return LABELS.label(this, language);
    }
}
