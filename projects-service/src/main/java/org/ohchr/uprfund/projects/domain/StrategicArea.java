package org.ohchr.uprfund.projects.domain;

import org.ohchr.uprfund.platform.reference.UnLanguage;

/**
 * The five strategic areas of the fund's work, as the annual report to the Human Rights Council sets them out (part II.B
 * of the 2020 report). The Chinese labels are the report's own headings; the others follow the wording of its English,
 * French, Spanish, Russian and Arabic editions as closely as they are known here.
 */
public enum StrategicArea {

    RECOMMENDATIONS(new Labels(
            "تعزيز وتنفيذ التوصيات الرئيسية المنبثقة عن الاستعراض الدوري الشامل",
            "促进和执行普遍定期审议产生的主要建议",
            "Promote and implement key recommendations emanating from the universal periodic review",
            "Promouvoir et mettre en œuvre les principales recommandations issues de l'Examen périodique universel",
            "Содействие выполнению и осуществление ключевых рекомендаций по итогам универсального периодического обзора",
            "Promover y aplicar las principales recomendaciones derivadas del examen periódico universal")),
    NATIONAL_MECHANISM(new Labels(
            "إنشاء أو تعزيز الآليات الوطنية للتنفيذ والإبلاغ والمتابعة",
            "建立或加强国家执行、报告和后续行动机制",
            "Establish or strengthen national mechanisms for implementation, reporting and follow-up",
            "Créer ou renforcer des mécanismes nationaux de mise en œuvre, d'établissement de rapports et de suivi",
            "Создание или укрепление национальных механизмов осуществления, отчетности и последующей деятельности",
            "Establecer o fortalecer mecanismos nacionales de aplicación, presentación de informes y seguimiento")),
    IMPLEMENTATION_PLAN(new Labels(
            "وضع خطط لتنفيذ التوصيات",
            "制定执行建议的计划",
            "Develop plans for the implementation of recommendations",
            "Élaborer des plans de mise en œuvre des recommandations",
            "Разработка планов выполнения рекомендаций",
            "Elaborar planes de aplicación de las recomendaciones")),
    UN_COUNTRY_TEAM(new Labels(
            "تعزيز قدرات أفرقة الأمم المتحدة القطرية",
            "加强联合国国家工作队的能力",
            "Strengthen the capacity of United Nations country teams",
            "Renforcer les capacités des équipes de pays des Nations Unies",
            "Укрепление потенциала страновых групп Организации Объединенных Наций",
            "Fortalecer la capacidad de los equipos de las Naciones Unidas en los países")),
    PARLIAMENT(new Labels(
            "تعزيز قدرة البرلمانات على دعم التنفيذ",
            "加强议会促进执行的能力",
            "Strengthen the capacity of parliaments to promote implementation",
            "Renforcer la capacité des parlements de promouvoir la mise en œuvre",
            "Укрепление потенциала парламентов в содействии выполнению рекомендаций",
            "Fortalecer la capacidad de los parlamentos para promover la aplicación"));

    private final Labels labels;

    StrategicArea(Labels labels) {
        this.labels = labels;
    }

    public String label(UnLanguage language) {
        return labels.in(language);
    }
}
