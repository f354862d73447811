package org.ohchr.uprfund.recommendations.domain;

import org.ohchr.uprfund.platform.reference.UnLanguage;

/**
 * UPR Info's categories of the action a recommendation asks for, from 1 (minimal: share experience, ask for help) to 5
 * (specific: a measurable act, such as ratifying a named treaty).
 */
public enum ActionCategory {

    MINIMAL(1, Labels.of("إجراء أدنى", "最低限度行动", "Minimal action", "Action minimale", "Минимальные действия", "Acción mínima")),
    CONTINUING(2, Labels.of("إجراء مستمر", "持续行动", "Continuing action", "Poursuite de l'action", "Продолжение действий",
            "Acción continua")),
    CONSIDERING(3, Labels.of("النظر في اتخاذ إجراء", "考虑采取行动", "Considering action", "Action envisagée",
            "Рассмотрение возможности действий", "Acción de consideración")),
    GENERAL(4, Labels.of("إجراء عام", "一般行动", "General action", "Action générale", "Общие действия", "Acción general")),
    SPECIFIC(5, Labels.of("إجراء محدد", "具体行动", "Specific action", "Action spécifique", "Конкретные действия", "Acción específica"));

    private final int number;
    private final Labels labels;

    ActionCategory(int number, Labels labels) {
        this.number = number;
        this.labels = labels;
    }

    public int number() {
        return number;
    }

    public String label(UnLanguage language) {
        return labels.in(language);
    }
}
