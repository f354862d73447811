package org.ohchr.uprfund.recommendations.domain;

import org.ohchr.uprfund.platform.reference.UnLanguage;

/** The State under review's response to a recommendation; PENDING until it gives one. */
public enum StateResponse {

    SUPPORTED(Labels.of("مؤيَّدة", "支持", "Supported", "Acceptée", "Поддержана", "Apoyada")),
    SUPPORTED_IN_PART(Labels.of("مؤيَّدة جزئياً", "部分支持", "Supported in part", "Acceptée en partie", "Поддержана частично",
            "Apoyada en parte")),
    NOTED(Labels.of("أُحيط بها علماً", "注意到", "Noted", "Notée", "Принята к сведению", "Se toma nota")),
    PENDING(Labels.of("قيد النظر", "待定", "Pending", "En attente", "Ожидает ответа", "Pendiente"));

    private final Labels labels;

    StateResponse(Labels labels) {
        this.labels = labels;
    }

    public String label(UnLanguage language) {
        return labels.in(language);
    }
}
