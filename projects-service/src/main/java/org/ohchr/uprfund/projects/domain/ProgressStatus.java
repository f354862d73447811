package org.ohchr.uprfund.projects.domain;

import org.ohchr.uprfund.platform.reference.UnLanguage;

/** How a field office rates a project's progress in a reporting period. */
public enum ProgressStatus {

    ON_TRACK(new Labels("يسير وفق الخطة", "按计划进行", "On track", "Conforme aux prévisions", "Идет по плану", "Según lo previsto")),
    MINOR_DELAYS(new Labels("تأخيرات طفيفة", "略有延误", "Minor delays", "Retards mineurs", "Незначительные задержки", "Retrasos menores")),
    AT_RISK(new Labels("معرض للخطر", "面临风险", "At risk", "Compromis", "Под угрозой", "En riesgo")),
    OFF_TRACK(new Labels("خارج المسار المقرر", "偏离计划", "Off track", "Nettement en retard sur les prévisions",
            "Значительно отстает от плана", "Muy por detrás de lo previsto"));

    private final Labels labels;

    ProgressStatus(Labels labels) {
        this.labels = labels;
    }

    public String label(UnLanguage language) {
        return labels.in(language);
    }
}
