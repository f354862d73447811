package org.ohchr.uprfund.projects.domain;

import org.ohchr.uprfund.platform.reference.UnLanguage;

/**
 * The UN cost categories of expenditure: the nine lines of Table 1 of the fund's statement, in its order. The Chinese
 * labels are the lines of the 2020 report itself; the others follow the terms of the United Nations' financial
 * statements in each language as closely as they are known here. Programme support costs (the indirect costs the
 * United Nations charges on direct expenditure) are a category of their own.
 */
public enum CostCategory {

    STAFF(new Labels("تكاليف الموظفين", "工作人员费用", "Staff costs", "Dépenses de personnel", "Расходы по персоналу",
            "Gastos de personal")),
    OTHER_PERSONNEL(new Labels("تكاليف الأفراد الآخرين (الخبراء الاستشاريون والسفر)", "其他人事费用(顾问费用和差旅费)",
            "Other personnel costs (consultants and travel)", "Autres dépenses de personnel (consultants et voyages)",
            "Прочие расходы по персоналу (консультанты и поездки)", "Otros gastos de personal (consultores y viajes)")),
    STAFF_TRAVEL(new Labels("سفر الموظفين والخبراء الاستشاريين", "工作人员和顾问差旅费", "Travel of staff and consultants",
            "Voyages du personnel et des consultants", "Поездки персонала и консультантов",
            "Viajes del personal y de los consultores")),
    PARTICIPANT_TRAVEL(new Labels("سفر الممثلين والمشاركين في الاجتماعات والحلقات الدراسية", "出席会议和研讨会代表和参会者差旅费",
            "Travel of representatives and participants to meetings and seminars",
            "Voyages des représentants et des participants aux réunions et séminaires",
            "Поездки представителей и участников совещаний и семинаров",
            "Viajes de representantes y participantes en reuniones y seminarios")),
    CONTRACTUAL_SERVICES(new Labels("الخدمات التعاقدية", "订约承办事务", "Contractual services", "Services contractuels",
            "Услуги по контрактам", "Servicios por contrata")),
    GENERAL_OPERATING(new Labels("مصروفات التشغيل العامة والتكاليف المباشرة الأخرى", "一般业务费用及其他直接费用",
            "General operating and other direct costs", "Frais généraux de fonctionnement et autres coûts directs",
            "Общие оперативные и прочие прямые расходы", "Gastos generales de funcionamiento y otros costos directos")),
    EQUIPMENT(new Labels("المعدات والمركبات والأثاث", "设备、车辆和办公家具", "Equipment, vehicles and furniture",
            "Matériel, véhicules et mobilier", "Оборудование, автотранспортные средства и мебель", "Equipo, vehículos y mobiliario")),
    GRANTS(new Labels("المنح (أقل من 50 000 دولار) والزمالات", "赠款(<50,000美元)和研究金",
            "Grants (under 50,000 USD) and fellowships", "Subventions (moins de 50 000 dollars) et bourses",
            "Субсидии (менее 50 000 долл. США) и стипендии", "Subvenciones (de menos de 50.000 dólares) y becas")),
    PROGRAMME_SUPPORT(new Labels("تكاليف دعم البرامج (التكاليف غير المباشرة)", "方案支助(间接)费用",
            "Programme support (indirect) costs", "Dépenses d'appui aux programmes (coûts indirects)",
            "Расходы на поддержку программ (косвенные расходы)", "Gastos de apoyo a los programas (costos indirectos)"));

    private final Labels labels;

    CostCategory(Labels labels) {
        this.labels = labels;
    }

    public String label(UnLanguage language) {
        return labels.in(language);
    }

    /** The line of Table 1 it is, from 1. */
    public int statementLine() {
        return ordinal() + 1;
    }
}
