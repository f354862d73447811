import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Writes realistic synthetic recommendations as a CSV file in the recommendations service's import format: States by
 * ISO 3166-1 alpha-3, about 200 recommendations per State and UPR cycle (as in the third cycle), a few treaty body ones,
 * texts composed from phrases written for the benchmarks in the six UN languages (English most, then French and
 * Spanish, Arabic, Russian, Chinese), each phrase with the themes, affected persons and SDG targets it is about,
 * responses and statuses in plausible shares. Deterministic for a seed. The document symbols start with SYN/<run>/, so
 * that every run writes keys of its own.
 * <p>
 * Run by deploy/bench/recommendations-import and recommendations-search:
 * {@code java deploy/bench/SyntheticRecommendations.java <rows> <file> <run id> [seed]}.
 */
public class SyntheticRecommendations {

    public static final String HEADER = "state_under_review,recommending_states,mechanism,cycle,session,document_symbol,paragraph,language,"
            + "text,response,action_category,themes,affected_persons,sdg_goals,sdg_targets,implementation_status";

    /** What a recommendation asks for, in the six languages (ar, zh, en, fr, ru, es), with what it is about. */
    record Topic(String themes, String affected, String targets, String ar, String zh, String en, String fr, String ru, String es) {
        String in(String language) {
            return switch (language) {
                case "ar" -> ar;
                case "zh" -> zh;
                case "fr" -> fr;
                case "ru" -> ru;
                case "es" -> es;
                default -> en;
            };
        }
    }

    static final List<Topic> TOPICS = List.of(
            new Topic("RIGHT_TO_EDUCATION", "CHILDREN", "4.1", "ضمان التعليم الابتدائي المجاني والإلزامي لجميع الأطفال", "保障所有儿童享有免费义务初等教育",
                    "guarantee free and compulsory primary education for all children",
                    "garantir un enseignement primaire gratuit et obligatoire à tous les enfants",
                    "гарантировать бесплатное и обязательное начальное образование для всех детей",
                    "garantizar una educación primaria gratuita y obligatoria para todos los niños"),
            new Topic("RIGHT_TO_EDUCATION;WOMENS_RIGHTS", "WOMEN_AND_GIRLS", "4.5", "زيادة التحاق الفتيات بالمدارس الثانوية", "提高女童中学入学率和在学率",
                    "increase the enrolment and retention of girls in secondary schools",
                    "accroître la scolarisation des filles dans l'enseignement secondaire",
                    "увеличить охват девочек средним образованием",
                    "aumentar la matriculación y la permanencia de las niñas en la escuela secundaria"),
            new Topic("VIOLENCE_AGAINST_WOMEN", "WOMEN_AND_GIRLS", "5.2", "اعتماد قانون شامل يجرم العنف المنزلي، بما في ذلك الاغتصاب الزوجي",
                    "通过将家庭暴力包括婚内强奸定为刑事罪的综合性法律",
                    "adopt a comprehensive law criminalizing domestic violence, including marital rape",
                    "adopter une loi globale incriminant la violence domestique, y compris le viol conjugal",
                    "принять всеобъемлющий закон о криминализации бытового насилия, включая изнасилование в браке",
                    "adoptar una ley integral que tipifique como delito la violencia doméstica, incluida la violación conyugal"),
            new Topic("WOMENS_RIGHTS;CHILDRENS_RIGHTS", "WOMEN_AND_GIRLS;CHILDREN", "5.3",
                    "القضاء على زواج الأطفال والزواج المبكر والقسري ورفع السن الدنيا للزواج إلى 18 عاماً", "消除童婚、早婚和强迫婚姻，并将最低结婚年龄提高到18岁",
                    "eliminate child, early and forced marriage and raise the minimum age of marriage to 18",
                    "éliminer les mariages d'enfants, précoces et forcés et porter l'âge minimum du mariage à 18 ans",
                    "искоренить детские, ранние и принудительные браки и повысить минимальный брачный возраст до 18 лет",
                    "eliminar el matrimonio infantil, precoz y forzado y elevar a 18 años la edad mínima para contraer matrimonio"),
            new Topic("ADMINISTRATION_OF_JUSTICE", "", "16.3", "تعزيز استقلال القضاء وضمان الحق في محاكمة عادلة", "加强司法独立，保障获得公正审判的权利",
                    "strengthen the independence of the judiciary and guarantee the right to a fair trial",
                    "renforcer l'indépendance du pouvoir judiciaire et garantir le droit à un procès équitable",
                    "укрепить независимость судебной власти и гарантировать право на справедливое судебное разбирательство",
                    "fortalecer la independencia del poder judicial y garantizar el derecho a un juicio imparcial"),
            new Topic("DETENTION", "PERSONS_DEPRIVED_OF_LIBERTY", "16.3", "تحسين ظروف الاحتجاز والحد من اكتظاظ السجون", "改善拘留条件，减少监狱过度拥挤",
                    "improve conditions of detention and reduce prison overcrowding",
                    "améliorer les conditions de détention et réduire la surpopulation carcérale",
                    "улучшить условия содержания под стражей и сократить переполненность тюрем",
                    "mejorar las condiciones de reclusión y reducir el hacinamiento en las cárceles"),
            new Topic("DEATH_PENALTY", "", "16.1", "إعلان وقف اختياري لتنفيذ أحكام الإعدام بهدف إلغاء عقوبة الإعدام", "暂停执行死刑，以期废除死刑",
                    "establish a moratorium on executions with a view to abolishing the death penalty",
                    "instaurer un moratoire sur les exécutions en vue d'abolir la peine de mort",
                    "ввести мораторий на приведение смертных приговоров в исполнение с целью отмены смертной казни",
                    "establecer una moratoria de las ejecuciones con miras a abolir la pena de muerte"),
            new Topic("TORTURE;INTERNATIONAL_INSTRUMENTS", "PERSONS_DEPRIVED_OF_LIBERTY", "16.1;16.a",
                    "التصديق على البروتوكول الاختياري لاتفاقية مناهضة التعذيب وإنشاء آلية وقائية وطنية", "批准《禁止酷刑公约任择议定书》并建立国家防范机制",
                    "ratify the Optional Protocol to the Convention against Torture and establish a national preventive mechanism",
                    "ratifier le Protocole facultatif se rapportant à la Convention contre la torture et créer un mécanisme national de prévention",
                    "ратифицировать Факультативный протокол к Конвенции против пыток и создать национальный превентивный механизм",
                    "ratificar el Protocolo Facultativo de la Convención contra la Tortura y crear un mecanismo nacional de prevención"),
            new Topic("NATIONAL_HUMAN_RIGHTS_INSTITUTION", "", "16.a", "إنشاء مؤسسة وطنية لحقوق الإنسان تمتثل امتثالاً كاملاً لمبادئ باريس",
                    "建立完全符合《巴黎原则》的国家人权机构",
                    "establish a national human rights institution in full compliance with the Paris Principles",
                    "créer une institution nationale des droits de l'homme pleinement conforme aux Principes de Paris",
                    "создать национальное правозащитное учреждение в полном соответствии с Парижскими принципами",
                    "crear una institución nacional de derechos humanos plenamente conforme con los Principios de París"),
            new Topic("FREEDOM_OF_EXPRESSION;HUMAN_RIGHTS_DEFENDERS", "JOURNALISTS;HUMAN_RIGHTS_DEFENDERS", "16.10",
                    "ضمان حرية التعبير وحماية الصحفيين والمدافعين عن حقوق الإنسان", "保障言论自由，保护记者和人权维护者",
                    "guarantee freedom of expression and protect journalists and human rights defenders",
                    "garantir la liberté d'expression et protéger les journalistes et les défenseurs des droits de l'homme",
                    "гарантировать свободу выражения мнений и защищать журналистов и правозащитников",
                    "garantizar la libertad de expresión y proteger a los periodistas y a los defensores de los derechos humanos"),
            new Topic("TRAFFICKING", "WOMEN_AND_GIRLS;CHILDREN", "16.2;8.7", "تكثيف الجهود لمكافحة الاتجار بالأشخاص وحماية ضحاياه", "加大打击贩运人口的力度，保护受害者",
                    "intensify efforts to combat trafficking in persons and protect its victims",
                    "intensifier la lutte contre la traite des personnes et protéger les victimes",
                    "активизировать борьбу с торговлей людьми и защищать ее жертв",
                    "intensificar la lucha contra la trata de personas y proteger a las víctimas"),
            new Topic("LABOUR_RIGHTS;CHILDRENS_RIGHTS", "CHILDREN", "8.7", "القضاء على عمل الأطفال، ولا سيما في الزراعة والتعدين", "消除童工现象，特别是农业和采矿业中的童工",
                    "eliminate child labour, in particular in agriculture and mining",
                    "éliminer le travail des enfants, en particulier dans l'agriculture et les mines",
                    "искоренить детский труд, особенно в сельском хозяйстве и горнодобывающей промышленности",
                    "eliminar el trabajo infantil, en particular en la agricultura y la minería"),
            new Topic("WATER_AND_SANITATION", "RURAL_POPULATIONS", "6.1;6.2", "ضمان حصول المجتمعات الريفية على مياه الشرب المأمونة وخدمات الصرف الصحي",
                    "确保农村社区获得安全饮用水和环境卫生",
                    "ensure access to safe drinking water and sanitation for rural communities",
                    "garantir l'accès à l'eau potable et à l'assainissement pour les communautés rurales",
                    "обеспечить доступ сельских общин к безопасной питьевой воде и санитарии",
                    "garantizar el acceso al agua potable y al saneamiento de las comunidades rurales"),
            new Topic("RIGHT_TO_HEALTH;WOMENS_RIGHTS", "WOMEN_AND_GIRLS;RURAL_POPULATIONS", "3.1;3.8",
                    "خفض وفيات الأمهات وتحسين الحصول على الرعاية الصحية في المناطق الريفية", "降低孕产妇死亡率，改善农村地区获得医疗服务的机会",
                    "reduce maternal mortality and improve access to health care in rural areas",
                    "réduire la mortalité maternelle et améliorer l'accès aux soins de santé en zone rurale",
                    "снизить материнскую смертность и расширить доступ к медицинской помощи в сельских районах",
                    "reducir la mortalidad materna y mejorar el acceso a la atención de salud en las zonas rurales"),
            new Topic("STANDARD_OF_LIVING", "PERSONS_LIVING_IN_POVERTY", "1.3;1.2", "توسيع نطاق الحماية الاجتماعية لتشمل أفقر الأسر والحد من الفقر",
                    "将社会保护扩大到最贫困家庭，减少贫困",
                    "extend social protection to the poorest households and reduce poverty",
                    "étendre la protection sociale aux ménages les plus pauvres et réduire la pauvreté",
                    "распространить социальную защиту на беднейшие домохозяйства и сократить бедность",
                    "ampliar la protección social a los hogares más pobres y reducir la pobreza"),
            new Topic("LAND_AND_HOUSING;INDIGENOUS_PEOPLES", "INDIGENOUS_PEOPLES", "1.4;11.1", "ضمان حقوق الشعوب الأصلية في الأراضي ومنع عمليات الإخلاء القسري",
                    "保障土著人民的土地权，防止强迫驱逐",
                    "secure the land rights of indigenous peoples and prevent forced evictions",
                    "garantir les droits fonciers des peuples autochtones et prévenir les expulsions forcées",
                    "обеспечить земельные права коренных народов и не допускать принудительных выселений",
                    "garantizar los derechos sobre la tierra de los pueblos indígenas y prevenir los desalojos forzosos"),
            new Topic("NON_DISCRIMINATION", "MINORITIES", "10.3;16.b", "اعتماد تشريع شامل لمكافحة التمييز يشمل جميع الأسباب", "通过涵盖所有理由的全面反歧视立法",
                    "adopt comprehensive anti-discrimination legislation covering all grounds",
                    "adopter une législation complète de lutte contre la discrimination couvrant tous les motifs",
                    "принять всеобъемлющее антидискриминационное законодательство, охватывающее все признаки",
                    "adoptar una legislación integral contra la discriminación que abarque todos los motivos"),
            new Topic("WOMENS_RIGHTS;PARTICIPATION", "WOMEN_AND_GIRLS", "5.5", "زيادة مشاركة المرأة في الحياة السياسية والعامة", "提高妇女对政治和公共生活的参与",
                    "increase the participation of women in political and public life",
                    "accroître la participation des femmes à la vie politique et publique",
                    "расширить участие женщин в политической и общественной жизни",
                    "aumentar la participación de las mujeres en la vida política y pública"),
            new Topic("MIGRANTS_AND_REFUGEES", "MIGRANTS;REFUGEES_AND_ASYLUM_SEEKERS", "10.7", "حماية حقوق المهاجرين واللاجئين وملتمسي اللجوء",
                    "保护移民、难民和寻求庇护者的权利",
                    "protect the rights of migrants, refugees and asylum seekers",
                    "protéger les droits des migrants, des réfugiés et des demandeurs d'asile",
                    "защищать права мигрантов, беженцев и просителей убежища",
                    "proteger los derechos de los migrantes, refugiados y solicitantes de asilo"),
            new Topic("CORRUPTION", "", "16.5", "تعزيز مكافحة الفساد على جميع مستويات الحكومة", "加强各级政府的反腐败斗争",
                    "strengthen the fight against corruption at all levels of government",
                    "renforcer la lutte contre la corruption à tous les niveaux de l'État",
                    "усилить борьбу с коррупцией на всех уровнях государственного управления",
                    "reforzar la lucha contra la corrupción en todos los niveles del Estado"),
            new Topic("NATIONALITY_AND_BIRTH_REGISTRATION", "CHILDREN", "16.9", "ضمان تسجيل المواليد بشكل شامل ومجاني", "确保普遍免费的出生登记",
                    "ensure universal and free birth registration",
                    "assurer l'enregistrement universel et gratuit des naissances",
                    "обеспечить всеобщую и бесплатную регистрацию рождений",
                    "garantizar la inscripción universal y gratuita de los nacimientos"),
            new Topic("PERSONS_WITH_DISABILITIES;RIGHT_TO_EDUCATION", "PERSONS_WITH_DISABILITIES", "4.5;10.2", "ضمان التعليم الجامع والعمل للأشخاص ذوي الإعاقة",
                    "确保残疾人获得全纳教育和就业",
                    "ensure inclusive education and employment for persons with disabilities",
                    "garantir l'éducation inclusive et l'emploi des personnes handicapées",
                    "обеспечить инклюзивное образование и занятость инвалидов",
                    "garantizar la educación inclusiva y el empleo de las personas con discapacidad"),
            new Topic("ENVIRONMENT_AND_CLIMATE", "RURAL_POPULATIONS", "13.1", "إدماج حقوق الإنسان في التكيف مع تغير المناخ والحد من مخاطر الكوارث",
                    "将人权纳入气候变化适应和减少灾害风险工作",
                    "integrate human rights into climate change adaptation and disaster risk reduction",
                    "intégrer les droits de l'homme dans l'adaptation aux changements climatiques et la réduction des risques de catastrophe",
                    "учитывать права человека в мерах по адаптации к изменению климата и снижению риска бедствий",
                    "integrar los derechos humanos en la adaptación al cambio climático y la reducción del riesgo de desastres"),
            new Topic("NATIONAL_MECHANISM", "", "16.6", "تعزيز الآلية الوطنية للتنفيذ والإبلاغ والمتابعة", "加强国家执行、报告和后续行动机制",
                    "strengthen the national mechanism for implementation, reporting and follow-up",
                    "renforcer le mécanisme national de mise en œuvre, d'établissement de rapports et de suivi",
                    "укрепить национальный механизм по осуществлению, представлению докладов и последующей деятельности",
                    "fortalecer el mecanismo nacional de aplicación, presentación de informes y seguimiento"));

    static final List<String> LANGUAGES = List.of("en", "en", "en", "en", "en", "en", "en", "en", "en", "en", "en", "en", "fr", "fr", "fr",
            "es", "es", "es", "ar", "ru", "zh");

    static String verb(String language, Random random) {
        List<String> verbs = switch (language) {
            case "ar" -> List.of("اتخاذ تدابير من أجل", "مواصلة الجهود الرامية إلى", "مضاعفة الجهود من أجل");
            case "zh" -> List.of("采取措施", "继续努力", "加倍努力", "采取必要措施");
            case "fr" -> List.of("Prendre des mesures pour", "Poursuivre les efforts visant à", "Redoubler d'efforts pour",
                    "Adopter les mesures nécessaires pour", "Veiller à");
            case "ru" -> List.of("Принять меры, чтобы", "Продолжать усилия, чтобы", "Активизировать усилия, чтобы", "Принять необходимые меры, чтобы");
            case "es" -> List.of("Adoptar medidas para", "Proseguir los esfuerzos para", "Redoblar los esfuerzos para",
                    "Adoptar las medidas necesarias para", "Considerar la posibilidad de");
            default -> List.of("Take measures to", "Continue efforts to", "Redouble efforts to", "Take effective steps to",
                    "Adopt the necessary measures to", "Consider measures to", "Strengthen its efforts to");
        };
        return verbs.get(random.nextInt(verbs.size()));
    }

    static String qualifier(String language, Random random) {
        List<String> qualifiers = switch (language) {
            case "ar" -> List.of("", "، ولا سيما في المناطق الريفية", "، وفقاً للمعايير الدولية", "، بمشاركة المجتمع المدني");
            case "zh" -> List.of("", "，特别是在农村地区", "，符合国际标准", "，并让民间社会参与");
            case "fr" -> List.of("", ", en particulier dans les zones rurales", ", conformément aux normes internationales",
                    ", avec la participation de la société civile", ", notamment en y consacrant des ressources suffisantes");
            case "ru" -> List.of("", ", особенно в сельских районах", ", в соответствии с международными стандартами",
                    ", при участии гражданского общества");
            case "es" -> List.of("", ", en particular en las zonas rurales", ", de conformidad con las normas internacionales",
                    ", con la participación de la sociedad civil", ", incluso mediante asignaciones presupuestarias suficientes");
            default -> List.of("", ", in particular in rural areas", ", in line with international standards",
                    ", with the participation of civil society", ", including through adequate budget allocations",
                    ", and report on progress in the next cycle", ", in cooperation with the United Nations country team");
        };
        return qualifiers.get(random.nextInt(qualifiers.size()));
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: java SyntheticRecommendations.java <rows> <file> <run id> [seed]");
            System.exit(2);
        }
        long written = write(Integer.parseInt(args[0]), Path.of(args[1]), args[2], args.length > 3 ? Long.parseLong(args[3]) : 20201231L);
        System.out.println("wrote " + args[0] + " recommendations (" + written + " bytes) to " + args[1]);
    }

    /** Writes {@code rows} recommendations to {@code file}; returns its size in bytes. */
    public static long write(int rows, Path file, String run, long seed) throws IOException {
        Random random = new Random(seed);
        List<String> states = new ArrayList<>(java.util.Arrays.asList(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3)
                .toArray(String[]::new)));
        states.sort(null);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            int row = 0;
            outer:
            for (int cycle = 1; cycle <= 4; cycle++) {
                for (String state : states) {
                    int perDocument = 170 + random.nextInt(101); // about 200 per State and cycle, as in the third cycle
                    int session = cycle * 10 + random.nextInt(10) + 1;
                    for (int n = 1; n <= perDocument; n++) {
                        if (row == rows) {
                            break outer;
                        }
                        boolean treatyBody = random.nextInt(33) == 0;
                        String language = LANGUAGES.get(random.nextInt(LANGUAGES.size()));
                        Topic topic = TOPICS.get(random.nextInt(TOPICS.size()));
                        Topic second = random.nextInt(4) == 0 ? TOPICS.get(random.nextInt(TOPICS.size())) : null;
                        String text = text(language, topic, second, random);
                        Set<String> themes = new LinkedHashSet<>(List.of(topic.themes().split(";")));
                        Set<String> affected = new LinkedHashSet<>();
                        Set<String> targets = new LinkedHashSet<>(List.of(topic.targets().split(";")));
                        if (!topic.affected().isEmpty()) {
                            affected.addAll(List.of(topic.affected().split(";")));
                        }
                        if (second != null) {
                            themes.addAll(List.of(second.themes().split(";")));
                            targets.addAll(List.of(second.targets().split(";")));
                            if (!second.affected().isEmpty()) {
                                affected.addAll(List.of(second.affected().split(";")));
                            }
                        }
                        List<String> cells = new ArrayList<>();
                        cells.add(state);
                        cells.add(treatyBody ? "" : recommending(states, state, random));
                        cells.add(treatyBody ? "TREATY_BODY" : "UPR");
                        cells.add(treatyBody ? "" : Integer.toString(cycle));
                        cells.add(treatyBody ? "" : Integer.toString(session));
                        cells.add(treatyBody ? "SYN/" + run + "/CRC/" + state + "/" + cycle : "SYN/" + run + "/UPR/" + state + "/" + cycle);
                        cells.add(treatyBody ? n + " (" + (char) ('a' + random.nextInt(8)) + ")" : (100 + cycle * 10) + "." + n);
                        cells.add(language);
                        cells.add(text);
                        cells.add(response(random));
                        cells.add(Integer.toString(1 + Math.min(4, random.nextInt(7))));
                        cells.add(String.join(";", themes));
                        cells.add(String.join(";", affected));
                        cells.add("");
                        cells.add(String.join(";", targets));
                        cells.add(status(random));
                        out.write(csv(cells));
                        out.write('\n');
                        row++;
                    }
                }
            }
            if (row < rows) {
                throw new IllegalArgumentException("at most " + row + " rows: 4 cycles of every State");
            }
        }
        return Files.size(file);
    }

    static String text(String language, Topic topic, Topic second, Random random) {
        String first = topic.in(language);
        String body = switch (language) {
            case "zh" -> verb(language, random) + first + (second == null ? "" : "，并" + second.in(language)) + qualifier(language, random) + "。";
            case "ar" -> verb(language, random) + " " + first + (second == null ? "" : "، و" + second.in(language)) + qualifier(language, random) + ".";
            default -> verb(language, random) + " " + first + (second == null ? "" : conjunction(language) + second.in(language))
                    + qualifier(language, random) + ".";
        };
        return body;
    }

    static String conjunction(String language) {
        return switch (language) {
            case "fr" -> ", et ";
            case "es" -> ", y ";
            case "ru" -> ", а также ";
            default -> ", and ";
        };
    }

    static String recommending(List<String> states, String state, Random random) {
        Set<String> chosen = new LinkedHashSet<>();
        int count = 1 + (random.nextInt(10) < 7 ? 0 : random.nextInt(3));
        while (chosen.size() < count) {
            String other = states.get(random.nextInt(states.size()));
            if (!other.equals(state)) {
                chosen.add(other);
            }
        }
        return String.join(";", chosen);
    }

    static String response(Random random) {
        int draw = random.nextInt(100);
        return draw < 74 ? "SUPPORTED" : draw < 79 ? "SUPPORTED_IN_PART" : draw < 97 ? "NOTED" : "PENDING";
    }

    static String status(Random random) {
        int draw = random.nextInt(100);
        return draw < 45 ? "NOT_STARTED" : draw < 80 ? "IN_PROGRESS" : draw < 92 ? "PARTIALLY_IMPLEMENTED" : "IMPLEMENTED";
    }

    static String csv(List<String> cells) {
        StringBuilder line = new StringBuilder(512);
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (i > 0) {
                line.append(',');
            }
            if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0) {
                line.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                line.append(cell);
            }
        }
        return line.toString();
    }
}
