package org.ohchr.uprfund.recommendations.domain;

import org.ohchr.uprfund.platform.reference.UnLanguage;

/** How far a recommendation is implemented; its changes are kept as history ({@link StatusChange}). */
public enum ImplementationStatus {

    NOT_STARTED(false, Labels.of("لم يبدأ التنفيذ", "尚未开始", "Not started", "Pas commencée", "Не начато", "No iniciada")),
    IN_PROGRESS(false, Labels.of("قيد التنفيذ", "正在进行", "In progress", "En cours", "В процессе", "En curso")),
    PARTIALLY_IMPLEMENTED(true, Labels.of("نُفِّذت جزئياً", "部分落实", "Partially implemented", "Partiellement mise en œuvre",
            "Частично выполнено", "Parcialmente aplicada")),
    IMPLEMENTED(true, Labels.of("نُفِّذت", "已落实", "Implemented", "Mise en œuvre", "Выполнено", "Aplicada"));

    private final boolean needsEvidence;
    private final Labels labels;

    ImplementationStatus(boolean needsEvidence, Labels labels) {
        this.needsEvidence = needsEvidence;
        this.labels = labels;
    }

    /** A claim that something was implemented, wholly or in part, must link to the evidence for it. */
    public boolean needsEvidence() {
        return needsEvidence;
    }

    public String label(UnLanguage language) {
        return labels.in(language);
    }
}
