package org.ohchr.uprfund.recommendations.domain;

import org.ohchr.uprfund.platform.reference.UnLanguage;

/** The priority an implementation plan gives a recommendation. */
public enum Priority {

    HIGH(Labels.of("عالية", "高", "High", "Élevée", "Высокий", "Alta")),
    MEDIUM(Labels.of("متوسطة", "中", "Medium", "Moyenne", "Средний", "Media")),
    LOW(Labels.of("منخفضة", "低", "Low", "Faible", "Низкий", "Baja"));

    private final Labels labels;

    Priority(Labels labels) {
        this.labels = labels;
    }

    public String label(UnLanguage language) {
        return labels.in(language);
    }
}
