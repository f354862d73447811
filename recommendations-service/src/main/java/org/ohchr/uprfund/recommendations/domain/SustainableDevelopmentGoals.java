package org.ohchr.uprfund.recommendations.domain;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The 17 goals and their 169 targets, the reference a recommendation's SDG links are checked against. */
public final class SustainableDevelopmentGoals {

    public static final List<SdgGoal> GOALS = List.of(
            SdgGoal.of(1, 5, 2, Labels.of("القضاء على الفقر بجميع أشكاله في كل مكان", "在全世界消除一切形式的贫困",
                    "End poverty in all its forms everywhere", "Éliminer la pauvreté sous toutes ses formes et partout dans le monde",
                    "Повсеместная ликвидация нищеты во всех ее формах", "Poner fin a la pobreza en todas sus formas en todo el mundo")),
            SdgGoal.of(2, 5, 3, Labels.of("القضاء على الجوع وتوفير الأمن الغذائي والتغذية المحسّنة وتعزيز الزراعة المستدامة",
                    "消除饥饿，实现粮食安全，改善营养状况和促进可持续农业",
                    "End hunger, achieve food security and improved nutrition and promote sustainable agriculture",
                    "Éliminer la faim, assurer la sécurité alimentaire, améliorer la nutrition et promouvoir l'agriculture durable",
                    "Ликвидация голода, обеспечение продовольственной безопасности и улучшение питания и содействие устойчивому развитию"
                            + " сельского хозяйства",
                    "Poner fin al hambre, lograr la seguridad alimentaria y la mejora de la nutrición y promover la agricultura sostenible")),
            SdgGoal.of(3, 9, 4, Labels.of("ضمان تمتّع الجميع بأنماط عيش صحية وبالرفاهية في جميع الأعمار", "确保健康的生活方式，促进各年龄段人群的福祉",
                    "Ensure healthy lives and promote well-being for all at all ages",
                    "Permettre à tous de vivre en bonne santé et promouvoir le bien-être de tous à tout âge",
                    "Обеспечение здорового образа жизни и содействие благополучию для всех в любом возрасте",
                    "Garantizar una vida sana y promover el bienestar para todos en todas las edades")),
            SdgGoal.of(4, 7, 3, Labels.of("ضمان التعليم الجيد المنصف والشامل للجميع وتعزيز فرص التعلّم مدى الحياة للجميع",
                    "确保包容和公平的优质教育，让全民终身享有学习机会",
                    "Ensure inclusive and equitable quality education and promote lifelong learning opportunities for all",
                    "Assurer l'accès de tous à une éducation de qualité, sur un pied d'égalité, et promouvoir les possibilités"
                            + " d'apprentissage tout au long de la vie",
                    "Обеспечение всеохватного и справедливого качественного образования и поощрение возможности обучения на протяжении"
                            + " всей жизни для всех",
                    "Garantizar una educación inclusiva, equitativa y de calidad y promover oportunidades de aprendizaje durante toda"
                            + " la vida para todos")),
            SdgGoal.of(5, 6, 3, Labels.of("تحقيق المساواة بين الجنسين وتمكين كل النساء والفتيات", "实现性别平等，增强所有妇女和女童的权能",
                    "Achieve gender equality and empower all women and girls",
                    "Parvenir à l'égalité des sexes et autonomiser toutes les femmes et les filles",
                    "Обеспечение гендерного равенства и расширение прав и возможностей всех женщин и девочек",
                    "Lograr la igualdad entre los géneros y empoderar a todas las mujeres y las niñas")),
            SdgGoal.of(6, 6, 2, Labels.of("ضمان توافر المياه وخدمات الصرف الصحي للجميع وإدارتها إدارة مستدامة", "为所有人提供水和环境卫生并对其进行可持续管理",
                    "Ensure availability and sustainable management of water and sanitation for all",
                    "Garantir l'accès de tous à des services d'alimentation en eau et d'assainissement gérés de façon durable",
                    "Обеспечение наличия и рационального использования водных ресурсов и санитарии для всех",
                    "Garantizar la disponibilidad y la gestión sostenible del agua y el saneamiento para todos")),
            SdgGoal.of(7, 3, 2, Labels.of("ضمان حصول الجميع بتكلفة ميسورة على خدمات الطاقة الحديثة الموثوقة والمستدامة",
                    "确保人人获得负担得起的、可靠和可持续的现代能源",
                    "Ensure access to affordable, reliable, sustainable and modern energy for all",
                    "Garantir l'accès de tous à des services énergétiques fiables, durables et modernes, à un coût abordable",
                    "Обеспечение всеобщего доступа к недорогим, надежным, устойчивым и современным источникам энергии для всех",
                    "Garantizar el acceso a una energía asequible, segura, sostenible y moderna para todos")),
            SdgGoal.of(8, 10, 2, Labels.of("تعزيز النمو الاقتصادي المطرد والشامل للجميع والمستدام، والعمالة الكاملة والمنتجة، وتوفير العمل اللائق للجميع",
                    "促进持久、包容和可持续的经济增长，促进充分的生产性就业和人人获得体面工作",
                    "Promote sustained, inclusive and sustainable economic growth, full and productive employment and decent work for all",
                    "Promouvoir une croissance économique soutenue, partagée et durable, le plein emploi productif et un travail décent"
                            + " pour tous",
                    "Содействие поступательному, всеохватному и устойчивому экономическому росту, полной и производительной занятости"
                            + " и достойной работе для всех",
                    "Promover el crecimiento económico sostenido, inclusivo y sostenible, el empleo pleno y productivo y el trabajo"
                            + " decente para todos")),
            SdgGoal.of(9, 5, 3, Labels.of("إقامة بنى تحتية قادرة على الصمود، وتحفيز التصنيع الشامل للجميع والمستدام، وتشجيع الابتكار",
                    "建造具备抵御灾害能力的基础设施，促进具有包容性的可持续工业化，推动创新",
                    "Build resilient infrastructure, promote inclusive and sustainable industrialization and foster innovation",
                    "Bâtir une infrastructure résiliente, promouvoir une industrialisation durable qui profite à tous et encourager"
                            + " l'innovation",
                    "Создание стойкой инфраструктуры, содействие всеохватной и устойчивой индустриализации и инновациям",
                    "Construir infraestructuras resilientes, promover la industrialización inclusiva y sostenible y fomentar la"
                            + " innovación")),
            SdgGoal.of(10, 7, 3, Labels.of("الحد من انعدام المساواة داخل البلدان وفيما بينها", "减少国家内部和国家之间的不平等",
                    "Reduce inequality within and among countries", "Réduire les inégalités dans les pays et d'un pays à l'autre",
                    "Сокращение неравенства внутри стран и между ними", "Reducir la desigualdad en los países y entre ellos")),
            SdgGoal.of(11, 7, 3, Labels.of("جعل المدن والمستوطنات البشرية شاملة للجميع وآمنة وقادرة على الصمود ومستدامة",
                    "建设包容、安全、有抵御灾害能力和可持续的城市和人类住区",
                    "Make cities and human settlements inclusive, safe, resilient and sustainable",
                    "Faire en sorte que les villes et les établissements humains soient ouverts à tous, sûrs, résilients et durables",
                    "Обеспечение открытости, безопасности, жизнестойкости и экологической устойчивости городов и населенных пунктов",
                    "Lograr que las ciudades y los asentamientos humanos sean inclusivos, seguros, resilientes y sostenibles")),
            SdgGoal.of(12, 8, 3, Labels.of("ضمان وجود أنماط استهلاك وإنتاج مستدامة", "采用可持续的消费和生产模式",
                    "Ensure sustainable consumption and production patterns", "Établir des modes de consommation et de production durables",
                    "Обеспечение перехода к рациональным моделям потребления и производства",
                    "Garantizar modalidades de consumo y producción sostenibles")),
            SdgGoal.of(13, 3, 2, Labels.of("اتخاذ إجراءات عاجلة للتصدي لتغير المناخ وآثاره", "采取紧急行动应对气候变化及其影响",
                    "Take urgent action to combat climate change and its impacts",
                    "Prendre d'urgence des mesures pour lutter contre les changements climatiques et leurs répercussions",
                    "Принятие срочных мер по борьбе с изменением климата и его последствиями",
                    "Adoptar medidas urgentes para combatir el cambio climático y sus efectos")),
            SdgGoal.of(14, 7, 3, Labels.of("حفظ المحيطات والبحار والموارد البحرية واستخدامها على نحو مستدام لتحقيق التنمية المستدامة",
                    "保护和可持续利用海洋和海洋资源以促进可持续发展",
                    "Conserve and sustainably use the oceans, seas and marine resources for sustainable development",
                    "Conserver et exploiter de manière durable les océans, les mers et les ressources marines aux fins du développement"
                            + " durable",
                    "Сохранение и рациональное использование океанов, морей и морских ресурсов в интересах устойчивого развития",
                    "Conservar y utilizar sosteniblemente los océanos, los mares y los recursos marinos para el desarrollo sostenible")),
            SdgGoal.of(15, 9, 3, Labels.of("حماية النظم الإيكولوجية البرية وترميمها وتعزيز استخدامها على نحو مستدام، وإدارة الغابات على نحو مستدام،"
                            + " ومكافحة التصحر، ووقف تدهور الأراضي وعكس مساره، ووقف فقدان التنوع البيولوجي",
                    "保护、恢复和促进可持续利用陆地生态系统，可持续管理森林，防治荒漠化，制止和扭转土地退化，遏制生物多样性的丧失",
                    "Protect, restore and promote sustainable use of terrestrial ecosystems, sustainably manage forests, combat"
                            + " desertification, and halt and reverse land degradation and halt biodiversity loss",
                    "Préserver et restaurer les écosystèmes terrestres, en veillant à les exploiter de façon durable, gérer durablement"
                            + " les forêts, lutter contre la désertification, enrayer et inverser le processus de dégradation des terres et"
                            + " mettre fin à l'appauvrissement de la biodiversité",
                    "Защита и восстановление экосистем суши и содействие их рациональному использованию, рациональное"
                            + " лесопользование, борьба с опустыниванием, прекращение и обращение вспять процесса деградации земель и"
                            + " прекращение процесса утраты биологического разнообразия",
                    "Proteger, restablecer y promover el uso sostenible de los ecosistemas terrestres, gestionar sosteniblemente los"
                            + " bosques, luchar contra la desertificación, detener e invertir la degradación de las tierras y detener la"
                            + " pérdida de biodiversidad")),
            SdgGoal.of(16, 10, 2, Labels.of("التشجيع على إقامة مجتمعات مسالمة لا يُهمَّش فيها أحد من أجل تحقيق التنمية المستدامة، وإتاحة إمكانية"
                            + " وصول الجميع إلى العدالة، وبناء مؤسسات فعالة وخاضعة للمساءلة وشاملة للجميع على جميع المستويات",
                    "创建和平、包容的社会以促进可持续发展，让所有人都能诉诸司法，在各级建立有效、负责和包容的机构",
                    "Promote peaceful and inclusive societies for sustainable development, provide access to justice for all and build"
                            + " effective, accountable and inclusive institutions at all levels",
                    "Promouvoir l'avènement de sociétés pacifiques et inclusives aux fins du développement durable, assurer l'accès de"
                            + " tous à la justice et mettre en place, à tous les niveaux, des institutions efficaces, responsables et"
                            + " ouvertes à tous",
                    "Содействие построению миролюбивого и открытого общества в интересах устойчивого развития, обеспечение доступа к"
                            + " правосудию для всех и создание эффективных, подотчетных и основанных на широком участии учреждений на всех"
                            + " уровнях",
                    "Promover sociedades pacíficas e inclusivas para el desarrollo sostenible, facilitar el acceso a la justicia para"
                            + " todos y construir a todos los niveles instituciones eficaces e inclusivas que rindan cuentas")),
            SdgGoal.of(17, 19, 0, Labels.of("تعزيز وسائل التنفيذ وتنشيط الشراكة العالمية من أجل التنمية المستدامة", "加强执行手段，重振可持续发展全球伙伴关系",
                    "Strengthen the means of implementation and revitalize the Global Partnership for Sustainable Development",
                    "Renforcer les moyens de mettre en œuvre le Partenariat mondial pour le développement durable et le revitaliser",
                    "Укрепление средств осуществления и активизация работы в рамках Глобального партнерства в интересах устойчивого"
                            + " развития",
                    "Fortalecer los medios de implementación y revitalizar la Alianza Mundial para el Desarrollo Sostenible")));

    private static final Map<String, Integer> TARGET_ORDER = new HashMap<>();

    static {
        int order = 0;
        for (SdgGoal goal : GOALS) {
            for (String target : goal.targets()) {
                TARGET_ORDER.put(target, order++);
            }
        }
    }

    /** Targets in their official order: 1.1 ... 1.b, 2.1 ..., 16.10 before 16.a. */
    public static final Comparator<String> TARGET_ORDERING = Comparator.comparingInt(target -> TARGET_ORDER.getOrDefault(target,
            Integer.MAX_VALUE));

    private SustainableDevelopmentGoals() {
    }

    public static boolean isGoal(int number) {
        return number >= 1 && number <= GOALS.size();
    }

    public static boolean isTarget(String target) {
        return TARGET_ORDER.containsKey(target);
    }

    public static Optional<SdgGoal> goal(int number) {
        return isGoal(number) ? Optional.of(GOALS.get(number - 1)) : Optional.empty();
    }

    /** The goal of an existing target: 16 for 16.3. */
    public static int goalOf(String target) {
        return Integer.parseInt(target.substring(0, target.indexOf('.')));
    }

    public static int targetCount() {
        return TARGET_ORDER.size();
    }
}
