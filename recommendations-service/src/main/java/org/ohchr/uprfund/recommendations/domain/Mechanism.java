package org.ohchr.uprfund.recommendations.domain;

import org.ohchr.uprfund.platform.reference.UnLanguage;

/**
 * Where a recommendation comes from. The Universal Periodic Review's recommendations are made by States, in a cycle;
 * treaty bodies and special procedures make theirs in concluding observations and reports, tracked with them.
 */
public enum Mechanism {

    UPR(Labels.of("الاستعراض الدوري الشامل", "普遍定期审议", "Universal Periodic Review", "Examen périodique universel",
            "Универсальный периодический обзор", "Examen periódico universal")),
    TREATY_BODY(Labels.of("هيئات المعاهدات", "条约机构", "Treaty bodies", "Organes conventionnels", "Договорные органы",
            "Órganos de tratados")),
    SPECIAL_PROCEDURE(Labels.of("الإجراءات الخاصة", "特别程序", "Special procedures", "Procédures spéciales",
            "Специальные процедуры", "Procedimientos especiales"));

    private final Labels labels;

    Mechanism(Labels labels) {
        this.labels = labels;
    }

    public String label(UnLanguage language) {
        return labels.in(language);
    }
}
