package org.ohchr.uprfund.recommendations.domain;

import java.util.Arrays;
import java.util.Optional;

import org.ohchr.uprfund.platform.reference.UnLanguage;

/** The groups of persons a recommendation concerns (its "affected persons"), with labels in the six UN languages. */
public enum AffectedGroup {

    WOMEN_AND_GIRLS(Labels.of("النساء والفتيات", "妇女和女童", "Women and girls", "Femmes et filles", "Женщины и девочки", "Mujeres y niñas")),
    CHILDREN(Labels.of("الأطفال", "儿童", "Children", "Enfants", "Дети", "Niños y niñas")),
    YOUTH(Labels.of("الشباب", "青年", "Youth", "Jeunes", "Молодежь", "Jóvenes")),
    OLDER_PERSONS(Labels.of("كبار السن", "老年人", "Older persons", "Personnes âgées", "Пожилые люди", "Personas mayores")),
    PERSONS_WITH_DISABILITIES(Labels.of("الأشخاص ذوو الإعاقة", "残疾人", "Persons with disabilities", "Personnes handicapées", "Инвалиды",
            "Personas con discapacidad")),
    INDIGENOUS_PEOPLES(Labels.of("الشعوب الأصلية", "土著人民", "Indigenous peoples", "Peuples autochtones", "Коренные народы",
            "Pueblos indígenas")),
    MINORITIES(Labels.of("الأقليات", "少数群体", "Minorities", "Minorités", "Меньшинства", "Minorías")),
    MIGRANTS(Labels.of("المهاجرون", "移民", "Migrants", "Migrants", "Мигранты", "Migrantes")),
    REFUGEES_AND_ASYLUM_SEEKERS(Labels.of("اللاجئون وملتمسو اللجوء", "难民和寻求庇护者", "Refugees and asylum seekers",
            "Réfugiés et demandeurs d'asile", "Беженцы и просители убежища", "Refugiados y solicitantes de asilo")),
    INTERNALLY_DISPLACED_PERSONS(Labels.of("المشردون داخلياً", "境内流离失所者", "Internally displaced persons",
            "Personnes déplacées dans leur propre pays", "Внутренне перемещенные лица", "Desplazados internos")),
    STATELESS_PERSONS(Labels.of("عديمو الجنسية", "无国籍人", "Stateless persons", "Apatrides", "Лица без гражданства", "Apátridas")),
    PERSONS_DEPRIVED_OF_LIBERTY(Labels.of("الأشخاص المحرومون من حريتهم", "被剥夺自由者", "Persons deprived of their liberty",
            "Personnes privées de liberté", "Лица, лишенные свободы", "Personas privadas de libertad")),
    HUMAN_RIGHTS_DEFENDERS(Labels.of("المدافعون عن حقوق الإنسان", "人权维护者", "Human rights defenders", "Défenseurs des droits de l'homme",
            "Правозащитники", "Defensores de los derechos humanos")),
    JOURNALISTS(Labels.of("الصحفيون والعاملون في وسائط الإعلام", "记者和媒体工作者", "Journalists and media workers",
            "Journalistes et professionnels des médias", "Журналисты и работники средств массовой информации",
            "Periodistas y trabajadores de los medios de comunicación")),
    LGBTI_PERSONS(Labels.of("المثليات والمثليون ومزدوجو الميل الجنسي ومغايرو الهوية الجنسانية وحاملو صفات الجنسين",
            "男女同性恋、双性恋、跨性别者和双性人", "Lesbian, gay, bisexual, transgender and intersex persons",
            "Personnes lesbiennes, gays, bisexuelles, transgenres et intersexes", "Лесбиянки, геи, бисексуалы, трансгендеры и интерсексы",
            "Personas lesbianas, gais, bisexuales, transgénero e intersexuales")),
    PERSONS_LIVING_IN_POVERTY(Labels.of("الأشخاص الذين يعيشون في فقر", "生活贫困者", "Persons living in poverty",
            "Personnes vivant dans la pauvreté", "Лица, живущие в условиях нищеты", "Personas que viven en la pobreza")),
    RURAL_POPULATIONS(Labels.of("سكان المناطق الريفية", "农村人口", "Rural populations", "Populations rurales", "Сельское население",
            "Poblaciones rurales")),
    PERSONS_LIVING_WITH_HIV(Labels.of("الأشخاص المصابون بفيروس نقص المناعة البشرية", "艾滋病毒感染者", "Persons living with HIV",
            "Personnes vivant avec le VIH", "Люди, живущие с ВИЧ", "Personas que viven con el VIH"));

    private final Labels labels;

    AffectedGroup(Labels labels) {
        this.labels = labels;
    }

    public String label(UnLanguage language) {
        return labels.in(language);
    }

    public static Optional<AffectedGroup> ofCode(String code) {
        return Arrays.stream(values()).filter(group -> group.name().equals(code)).findFirst();
    }
}
