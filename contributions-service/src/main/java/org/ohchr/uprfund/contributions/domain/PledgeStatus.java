package org.ohchr.uprfund.contributions.domain;

import java.util.Map;

import org.ohchr.uprfund.platform.reference.UnLanguage;

/**
 * Where a pledge stands, with its label in the six official UN languages. Never stored: derived from the payments
 * applied to it ({@code OPEN}, {@code PARTLY_PAID}, {@code PAID}) or from its recorded cancellation ({@code CANCELLED},
 * {@code WRITTEN_OFF}).
 */
public enum PledgeStatus {

    OPEN("غير مسدد", "未缴付", "Open: nothing paid yet", "Non versée", "No pagada", "Не выплачен"),
    PARTLY_PAID("مسدد جزئياً", "部分缴付", "Partly paid", "Partiellement versée", "Pagada parcialmente", "Выплачен частично"),
    PAID("مسدد بالكامل", "已全额缴付", "Paid", "Versée", "Pagada", "Выплачен полностью"),
    CANCELLED("ملغى", "已取消", "Cancelled", "Annulée", "Cancelada", "Аннулирован"),
    WRITTEN_OFF("مشطوب", "已核销", "Written off", "Passée en pertes", "Pasada a pérdidas", "Списан");

    private final Map<UnLanguage, String> labels;

    PledgeStatus(String ar, String zh, String en, String fr, String es, String ru) {
        this.labels = Map.of(UnLanguage.AR, ar, UnLanguage.ZH, zh, UnLanguage.EN, en, UnLanguage.FR, fr, UnLanguage.ES, es,
                UnLanguage.RU, ru);
    }

    public String label(UnLanguage language) {
        return labels.get(language);
    }

    /** True once nothing more is expected on the pledge because its unpaid part was cancelled or written off. */
    public boolean isClosedByDecision() {
        return this == CANCELLED || this == WRITTEN_OFF;
    }
}
