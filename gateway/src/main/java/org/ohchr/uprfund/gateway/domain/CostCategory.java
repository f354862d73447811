package org.ohchr.uprfund.gateway.domain;

import org.ohchr.uprfund.platform.reference.UnLanguage;

/** The nine expenditure lines of Table 1 of the fund's statement, in its order: the UN's cost categories. */
public enum CostCategory {

    STAFF(Labels.of("تكاليف الموظفين", "工作人员费用", "Staff costs", "Dépenses de personnel",
            "Расходы по персоналу", "Gastos de personal")),
    OTHER_PERSONNEL(Labels.of("تكاليف الأفراد الآخرين (الخبراء الاستشاريون والسفر)", "其他人事费(顾问和差旅)",
            "Other personnel costs (consultants and travel)", "Autres dépenses de personnel (consultants et voyages)",
            "Прочие расходы по персоналу (консультанты и поездки)", "Otros gastos de personal (consultores y viajes)")),
    STAFF_TRAVEL(Labels.of("سفر الموظفين والخبراء الاستشاريين", "工作人员和顾问差旅", "Travel of staff and consultants",
            "Voyages du personnel et des consultants", "Поездки персонала и консультантов", "Viajes del personal y los consultores")),
    PARTICIPANT_TRAVEL(Labels.of("سفر الممثلين والمشاركين في الاجتماعات والحلقات الدراسية", "代表和与会者出席会议和研讨会的差旅",
            "Travel of representatives and participants to meetings and seminars",
            "Voyages des représentants et des participants aux réunions et séminaires",
            "Поездки представителей и участников совещаний и семинаров",
            "Viajes de representantes y participantes en reuniones y seminarios")),
    CONTRACTUAL_SERVICES(Labels.of("الخدمات التعاقدية", "订约承办事务", "Contractual services", "Services contractuels",
            "Услуги по контрактам", "Servicios por contrata")),
    GENERAL_OPERATING(Labels.of("تكاليف التشغيل العامة وغيرها من التكاليف المباشرة", "一般业务费和其他直接费用",
            "General operating and other direct costs", "Frais généraux de fonctionnement et autres coûts directs",
            "Общие оперативные и прочие прямые расходы", "Gastos generales de funcionamiento y otros gastos directos")),
    EQUIPMENT(Labels.of("المعدات والمركبات والأثاث", "设备、车辆和家具", "Equipment, vehicles and furniture",
            "Matériel, véhicules et mobilier", "Оборудование, автотранспортные средства и мебель", "Equipo, vehículos y mobiliario")),
    GRANTS(Labels.of("المنح (أقل من 000 50 دولار) والزمالات", "赠款(低于5万美元)和研究金", "Grants (<50,000 USD) and fellowships",
            "Subventions (<50 000 dollars) et bourses", "Субсидии (<50 000 долл. США) и стипендии",
            "Subvenciones (<50.000 dólares) y becas")),
    PROGRAMME_SUPPORT(Labels.of("تكاليف دعم البرامج (غير المباشرة)", "方案支助(间接)费用", "Programme support (indirect) costs",
            "Dépenses d'appui aux programmes (coûts indirects)", "Расходы на вспомогательное обслуживание программ (косвенные)",
            "Gastos de apoyo a los programas (indirectos)"));

    private final Labels labels;

    CostCategory(Labels labels) {
        this.labels = labels;
    }

    public Labels labels() {
        return labels;
    }

    public String label(UnLanguage language) {
        return labels.in(language);
    }
}
