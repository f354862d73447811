package org.ohchr.uprfund.recommendations.domain;

import java.util.Arrays;
import java.util.Optional;

import org.ohchr.uprfund.platform.reference.UnLanguage;

/**
 * The themes by which recommendations are clustered: the taxonomy this service owns, close to the issues of the
 * Universal Human Rights Index, with labels in the six UN languages. A recommendation has any number of themes.
 */
public enum Theme {

    INTERNATIONAL_INSTRUMENTS(Labels.of("قبول المعايير الدولية", "接受国际准则", "Acceptance of international norms",
            "Acceptation des normes internationales", "Принятие международных норм", "Aceptación de normas internacionales")),
    COOPERATION_WITH_MECHANISMS(Labels.of("التعاون مع آليات حقوق الإنسان", "与人权机制合作", "Cooperation with human rights mechanisms",
            "Coopération avec les mécanismes des droits de l'homme", "Сотрудничество с правозащитными механизмами",
            "Cooperación con los mecanismos de derechos humanos")),
    NATIONAL_HUMAN_RIGHTS_INSTITUTION(Labels.of("المؤسسة الوطنية لحقوق الإنسان", "国家人权机构", "National human rights institution",
            "Institution nationale des droits de l'homme", "Национальное правозащитное учреждение",
            "Institución nacional de derechos humanos")),
    NATIONAL_MECHANISM(Labels.of("الآلية الوطنية للتنفيذ والإبلاغ والمتابعة", "国家执行、报告和后续行动机制",
            "National mechanism for implementation, reporting and follow-up",
            "Mécanisme national de mise en œuvre, d'établissement des rapports et de suivi",
            "Национальный механизм по осуществлению, представлению докладов и последующей деятельности",
            "Mecanismo nacional de aplicación, presentación de informes y seguimiento")),
    HUMAN_RIGHTS_EDUCATION(Labels.of("التثقيف والتدريب في مجال حقوق الإنسان", "人权教育和培训", "Human rights education and training",
            "Éducation et formation aux droits de l'homme", "Образование и подготовка в области прав человека",
            "Educación y formación en derechos humanos")),
    NON_DISCRIMINATION(Labels.of("المساواة وعدم التمييز", "平等与不歧视", "Equality and non-discrimination", "Égalité et non-discrimination",
            "Равенство и недискриминация", "Igualdad y no discriminación")),
    DEATH_PENALTY(Labels.of("عقوبة الإعدام", "死刑", "Death penalty", "Peine de mort", "Смертная казнь", "Pena de muerte")),
    TORTURE(Labels.of("التعذيب وغيره من ضروب المعاملة القاسية أو اللاإنسانية أو المهينة", "酷刑和其他残忍、不人道或有辱人格的待遇",
            "Torture and other cruel, inhuman or degrading treatment", "Torture et autres traitements cruels, inhumains ou dégradants",
            "Пытки и другие жестокие, бесчеловечные или унижающие достоинство виды обращения",
            "Tortura y otros tratos crueles, inhumanos o degradantes")),
    DETENTION(Labels.of("ظروف الاحتجاز", "拘留条件", "Conditions of detention", "Conditions de détention", "Условия содержания под стражей",
            "Condiciones de reclusión")),
    ADMINISTRATION_OF_JUSTICE(Labels.of("إقامة العدل والمحاكمة العادلة", "司法和公正审判", "Administration of justice and fair trial",
            "Administration de la justice et procès équitable", "Отправление правосудия и справедливое судебное разбирательство",
            "Administración de justicia y juicio imparcial")),
    ENFORCED_DISAPPEARANCES(Labels.of("الاختفاء القسري", "强迫失踪", "Enforced disappearances", "Disparitions forcées",
            "Насильственные исчезновения", "Desapariciones forzadas")),
    FREEDOM_OF_EXPRESSION(Labels.of("حرية الرأي والتعبير", "见解和言论自由", "Freedom of opinion and expression",
            "Liberté d'opinion et d'expression", "Свобода мнений и их свободное выражение", "Libertad de opinión y de expresión")),
    FREEDOM_OF_ASSEMBLY_AND_ASSOCIATION(Labels.of("حرية التجمع السلمي وتكوين الجمعيات", "和平集会和结社自由",
            "Freedom of peaceful assembly and of association", "Liberté de réunion pacifique et d'association",
            "Свобода мирных собраний и ассоциаций", "Libertad de reunión pacífica y de asociación")),
    FREEDOM_OF_RELIGION(Labels.of("حرية الفكر والوجدان والدين", "思想、良心和宗教自由", "Freedom of thought, conscience and religion",
            "Liberté de pensée, de conscience et de religion", "Свобода мысли, совести и религии",
            "Libertad de pensamiento, de conciencia y de religión")),
    HUMAN_RIGHTS_DEFENDERS(Labels.of("المدافعون عن حقوق الإنسان", "人权维护者", "Human rights defenders", "Défenseurs des droits de l'homme",
            "Правозащитники", "Defensores de los derechos humanos")),
    PARTICIPATION(Labels.of("المشاركة في الشؤون العامة والانتخابات", "参与公共事务和选举", "Participation in public affairs and elections",
            "Participation aux affaires publiques et élections", "Участие в ведении государственных дел и выборы",
            "Participación en los asuntos públicos y elecciones")),
    CORRUPTION(Labels.of("الفساد", "腐败", "Corruption", "Corruption", "Коррупция", "Corrupción")),
    WOMENS_RIGHTS(Labels.of("حقوق المرأة والمساواة بين الجنسين", "妇女权利和性别平等", "Women's rights and gender equality",
            "Droits des femmes et égalité des sexes", "Права женщин и гендерное равенство", "Derechos de la mujer e igualdad de género")),
    VIOLENCE_AGAINST_WOMEN(Labels.of("العنف ضد النساء والفتيات", "对妇女和女童的暴力", "Violence against women and girls",
            "Violence à l'égard des femmes et des filles", "Насилие в отношении женщин и девочек",
            "Violencia contra las mujeres y las niñas")),
    CHILDRENS_RIGHTS(Labels.of("حقوق الطفل", "儿童权利", "Rights of the child", "Droits de l'enfant", "Права ребенка", "Derechos del niño")),
    PERSONS_WITH_DISABILITIES(Labels.of("حقوق الأشخاص ذوي الإعاقة", "残疾人权利", "Rights of persons with disabilities",
            "Droits des personnes handicapées", "Права инвалидов", "Derechos de las personas con discapacidad")),
    INDIGENOUS_PEOPLES(Labels.of("حقوق الشعوب الأصلية", "土著人民权利", "Rights of indigenous peoples", "Droits des peuples autochtones",
            "Права коренных народов", "Derechos de los pueblos indígenas")),
    MINORITIES(Labels.of("حقوق الأقليات", "少数群体权利", "Rights of minorities", "Droits des minorités", "Права меньшинств",
            "Derechos de las minorías")),
    MIGRANTS_AND_REFUGEES(Labels.of("المهاجرون واللاجئون وملتمسو اللجوء", "移民、难民和寻求庇护者", "Migrants, refugees and asylum seekers",
            "Migrants, réfugiés et demandeurs d'asile", "Мигранты, беженцы и просители убежища",
            "Migrantes, refugiados y solicitantes de asilo")),
    SEXUAL_ORIENTATION_AND_GENDER_IDENTITY(Labels.of("الميل الجنسي والهوية الجنسانية", "性取向和性别认同",
            "Sexual orientation and gender identity", "Orientation sexuelle et identité de genre",
            "Сексуальная ориентация и гендерная идентичность", "Orientación sexual e identidad de género")),
    TRAFFICKING(Labels.of("الاتجار بالأشخاص", "贩运人口", "Trafficking in persons", "Traite des personnes", "Торговля людьми",
            "Trata de personas")),
    LABOUR_RIGHTS(Labels.of("الحق في العمل وحقوق العمال", "工作权和劳工权利", "Right to work and labour rights",
            "Droit au travail et droits des travailleurs", "Право на труд и трудовые права", "Derecho al trabajo y derechos laborales")),
    RIGHT_TO_EDUCATION(Labels.of("الحق في التعليم", "受教育权", "Right to education", "Droit à l'éducation", "Право на образование",
            "Derecho a la educación")),
    RIGHT_TO_HEALTH(Labels.of("الحق في الصحة", "健康权", "Right to health", "Droit à la santé", "Право на здоровье", "Derecho a la salud")),
    STANDARD_OF_LIVING(Labels.of("الفقر ومستوى المعيشة اللائق", "贫困和适当生活水准", "Poverty and an adequate standard of living",
            "Pauvreté et niveau de vie suffisant", "Нищета и достаточный жизненный уровень", "Pobreza y nivel de vida adecuado")),
    WATER_AND_SANITATION(Labels.of("المياه والصرف الصحي", "水和环境卫生", "Water and sanitation", "Eau et assainissement",
            "Вода и санитария", "Agua y saneamiento")),
    LAND_AND_HOUSING(Labels.of("الأراضي والسكن", "土地和住房", "Land and housing", "Terres et logement", "Земля и жилище",
            "Tierra y vivienda")),
    BUSINESS_AND_HUMAN_RIGHTS(Labels.of("الأعمال التجارية وحقوق الإنسان", "工商业与人权", "Business and human rights",
            "Entreprises et droits de l'homme", "Предпринимательская деятельность и права человека", "Empresas y derechos humanos")),
    ENVIRONMENT_AND_CLIMATE(Labels.of("البيئة وتغير المناخ", "环境和气候变化", "Environment and climate change",
            "Environnement et changements climatiques", "Окружающая среда и изменение климата", "Medio ambiente y cambio climático")),
    NATIONALITY_AND_BIRTH_REGISTRATION(Labels.of("تسجيل المواليد والجنسية وانعدام الجنسية", "出生登记、国籍和无国籍状态",
            "Birth registration, nationality and statelessness", "Enregistrement des naissances, nationalité et apatridie",
            "Регистрация рождений, гражданство и безгражданство", "Inscripción de nacimientos, nacionalidad y apatridia"));

    private final Labels labels;

    Theme(Labels labels) {
        this.labels = labels;
    }

    public String label(UnLanguage language) {
        return labels.in(language);
    }

    public static Optional<Theme> ofCode(String code) {
        return Arrays.stream(values()).filter(theme -> theme.name().equals(code)).findFirst();
    }
}
