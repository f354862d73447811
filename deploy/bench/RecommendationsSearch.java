import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ohchr.uprfund.deploy.measure.BenchFigure;
import org.ohchr.uprfund.deploy.measure.Percentiles;

/**
 * Measures the recommendations search: a realistic mix of searches (filters alone and combined, words in each UN
 * language, Chinese substrings of one to four characters, a few pages), each sent to the service and run as plain SQL
 * on the same database (the queries the service runs: the page and its count), one after the other, in one run.
 * Prints p50, p95, p99 and the maximum of both, per kind of search and over all, and the ratios.
 * <p>
 * Run by deploy/bench/recommendations-search: {@code java -cp '<the service's lib/main>/*:deploy/target/classes' RecommendationsSearch.java
 * <api url> <jdbc url> <db user> <searches> <seed>}; the database password, if any, in FUND_DB_PASSWORD.
 */
public class RecommendationsSearch {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    static final int WARM_UP = 300;

    static final String[] EN = { "education", "trafficking", "torture", "corruption", "journalists", "sanitation", "\"death penalty\"",
            "indigenous", "disabilities", "girls", "detention", "\"birth registration\"", "refugees", "poverty", "judiciary", "climate",
            "marriage", "\"national human rights institution\"", "rural", "women" };
    static final String[] FR = { "éducation", "torture", "corruption", "journalistes", "assainissement", "autochtones", "handicapées",
            "détention", "mariage", "réfugiés" };
    static final String[] ES = { "educación", "trata", "corrupción", "periodistas", "saneamiento", "indígenas", "discapacidad", "cárceles",
            "matrimonio", "pobreza" };
    static final String[] RU = { "образование", "пыток", "коррупцией", "журналистов", "беженцев", "инвалидов", "браки", "тюрем" };
    static final String[] AR = { "التعليم", "التعذيب", "الفساد", "الصحفيين", "اللاجئين", "الإعدام", "السجون" };
    static final String[] ZH_SHORT = { "妇女", "儿童", "教育", "死刑", "腐败", "难民", "记者", "水", "童", "法" };
    static final String[] ZH_LONG = { "饮用水", "出生登记", "国家人权机构", "贩运人口", "言论自由" };
    static final String[] THEMES = { "RIGHT_TO_EDUCATION", "VIOLENCE_AGAINST_WOMEN", "ADMINISTRATION_OF_JUSTICE", "DETENTION", "DEATH_PENALTY",
            "TORTURE", "TRAFFICKING", "WATER_AND_SANITATION", "CORRUPTION", "MIGRANTS_AND_REFUGEES", "NATIONAL_MECHANISM",
            "LAND_AND_HOUSING", "PERSONS_WITH_DISABILITIES", "ENVIRONMENT_AND_CLIMATE" };
    static final String[] RESPONSES = { "SUPPORTED", "SUPPORTED_IN_PART", "NOTED", "PENDING" };
    static final String[] STATUSES = { "NOT_STARTED", "IN_PROGRESS", "PARTIALLY_IMPLEMENTED", "IMPLEMENTED" };
    static final String[] TARGETS = { "4.1", "4.5", "5.2", "5.3", "16.3", "16.1", "16.a", "16.10", "16.2", "8.7", "6.1", "3.1", "1.3",
            "1.4", "10.3", "5.5", "10.7", "16.5", "16.9", "13.1", "16.6" };
    static final String[] AFFECTED = { "WOMEN_AND_GIRLS", "CHILDREN", "PERSONS_WITH_DISABILITIES", "INDIGENOUS_PEOPLES", "MIGRANTS" };
    static final String[] LANGUAGES = { "en", "fr", "es", "ar", "ru", "zh" };

    /** A search: its kind, and its parameters as the API takes them. */
    record Search(String kind, Map<String, String> parameters, int page) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: java -cp '<the service's lib/main>/*:deploy/target/classes' RecommendationsSearch.java <api url> <jdbc url> <db user> <searches> <seed>");
            System.exit(2);
        }
        String api = args[0].replaceAll("/+$", "");
        int count = Integer.parseInt(args[3]);
        Random random = new Random(Long.parseLong(args[4]));
        long total = number(get(api + "/api/recommendations?size=1"), "total");
        List<String> states = new ArrayList<>(new TreeSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3)));
        List<String> documents = documents(api, states, random);
        List<Search> searches = new ArrayList<>();
        for (int i = 0; i < WARM_UP + count; i++) {
            searches.add(search(random, states, documents));
        }
        System.out.printf(Locale.ROOT, "%d recommendations; %d searches after %d of warm-up, one at a time%n", total, count, WARM_UP);

        // each search through the service and as plain SQL, one after the other (in turn first), so that both meet the same load
        Map<String, List<Double>> service = new TreeMap<>();
        Map<String, List<Double>> sql = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(args[1], args[2], System.getenv().getOrDefault("FUND_DB_PASSWORD", ""))) {
            for (int i = 0; i < searches.size(); i++) {
                Search search = searches.get(i);
                double serviceMillis;
                double sqlMillis;
                if (i % 2 == 0) {
                    serviceMillis = timeService(api, search);
                    sqlMillis = timeSql(connection, search);
                } else {
                    sqlMillis = timeSql(connection, search);
                    serviceMillis = timeService(api, search);
                }
                if (i >= WARM_UP) {
                    service.computeIfAbsent(search.kind(), kind -> new ArrayList<>()).add(serviceMillis);
                    sql.computeIfAbsent(search.kind(), kind -> new ArrayList<>()).add(sqlMillis);
                }
            }
        }
        System.out.printf(Locale.ROOT, "%-28s %6s | %27s | %27s%n", "", "", "service (HTTP) p50  p95  p99", "plain SQL p50  p95  p99");
        List<Double> allService = new ArrayList<>();
        List<Double> allSql = new ArrayList<>();
        for (String kind : service.keySet()) {
            List<Double> s = service.get(kind);
            List<Double> q = sql.get(kind);
            allService.addAll(s);
            allSql.addAll(q);
            System.out.printf(Locale.ROOT, "%-28s %6d | %15.1f %5.1f %5.1f | %14.1f %5.1f %5.1f%n", kind, s.size(), Percentiles.of(Percentiles.sorted(s), 50),
                    Percentiles.of(Percentiles.sorted(s), 95), Percentiles.of(Percentiles.sorted(s), 99), Percentiles.of(Percentiles.sorted(q), 50), Percentiles.of(Percentiles.sorted(q), 95), Percentiles.of(Percentiles.sorted(q), 99));
        }
        System.out.printf(Locale.ROOT, "%-28s %6d | %15.1f %5.1f %5.1f | %14.1f %5.1f %5.1f%n", "all", allService.size(),
                Percentiles.of(Percentiles.sorted(allService), 50), Percentiles.of(Percentiles.sorted(allService), 95), Percentiles.of(Percentiles.sorted(allService), 99), Percentiles.of(Percentiles.sorted(allSql), 50),
                Percentiles.of(Percentiles.sorted(allSql), 95), Percentiles.of(Percentiles.sorted(allSql), 99));
        System.out.printf(Locale.ROOT, "Search p99 %.1f ms (max %.1f ms); plain SQL p99 %.1f ms; service / SQL: p50 %.2f, p99 %.2f%n",
                Percentiles.of(Percentiles.sorted(allService), 99), Percentiles.of(Percentiles.sorted(allService), 100), Percentiles.of(Percentiles.sorted(allSql), 99),
                Percentiles.of(Percentiles.sorted(allService), 50) / Percentiles.of(Percentiles.sorted(allSql), 50), Percentiles.of(Percentiles.sorted(allService), 99) / Percentiles.of(Percentiles.sorted(allSql), 99));
        BenchFigure.print("recommendations search p99 over " + total, Percentiles.of(Percentiles.sorted(allService), 99), "ms", Percentiles.of(Percentiles.sorted(allSql), 99), "plain SQL p99", "<= 50");
    }

    static double timeService(String api, Search search) throws IOException, InterruptedException {
        long started = System.nanoTime();
        String body = get(api + "/api/recommendations?" + query(search));
        double millis = (System.nanoTime() - started) / 1e6;
        if (!body.contains("\"total\"")) {
            throw new IllegalStateException("not a page: " + body);
        }
        return millis;
    }

    static double timeSql(Connection connection, Search search) throws SQLException {
        long started = System.nanoTime();
        runSql(connection, search);
        return (System.nanoTime() - started) / 1e6;
    }

    static Search search(Random random, List<String> states, List<String> documents) {
        Map<String, String> p = new LinkedHashMap<>();
        int page = random.nextInt(10) < 8 ? 0 : 1 + random.nextInt(3);
        int draw = random.nextInt(100);
        String kind;
        if (draw < 14) {
            kind = "state";
            p.put("state", pick(random, states));
        } else if (draw < 24) {
            kind = "state+cycle";
            p.put("state", pick(random, states));
            p.put("cycle", Integer.toString(1 + random.nextInt(4)));
        } else if (draw < 32) {
            kind = "state+q (en)";
            p.put("state", pick(random, states));
            p.put("q", pick(random, EN));
        } else if (draw < 41) {
            kind = "q (en)";
            p.put("q", pick(random, EN));
        } else if (draw < 48) {
            kind = "q (fr, es)";
            p.put("q", random.nextBoolean() ? pick(random, FR) : pick(random, ES));
        } else if (draw < 54) {
            kind = "q (ru, ar)";
            p.put("q", random.nextBoolean() ? pick(random, RU) : pick(random, AR));
        } else if (draw < 60) {
            kind = "q (zh, 1-2 characters)";
            p.put("q", pick(random, ZH_SHORT));
        } else if (draw < 63) {
            kind = "q (zh, 3+ characters)";
            p.put("q", pick(random, ZH_LONG));
        } else if (draw < 71) {
            kind = "theme+response";
            p.put("theme", pick(random, THEMES));
            p.put("response", pick(random, RESPONSES));
        } else if (draw < 77) {
            kind = "sdgTarget";
            p.put("sdgTarget", pick(random, TARGETS));
        } else if (draw < 82) {
            kind = "recommendingState+theme";
            p.put("recommendingState", pick(random, states));
            p.put("theme", pick(random, THEMES));
        } else if (draw < 87) {
            kind = "state+status";
            p.put("state", pick(random, states));
            p.put("implementationStatus", pick(random, STATUSES));
        } else if (draw < 90) {
            kind = "language+q";
            String language = pick(random, LANGUAGES);
            p.put("language", language);
            p.put("q", switch (language) {
                case "fr" -> pick(random, FR);
                case "es" -> pick(random, ES);
                case "ru" -> pick(random, RU);
                case "ar" -> pick(random, AR);
                case "zh" -> pick(random, ZH_SHORT);
                default -> pick(random, EN);
            });
        } else if (draw < 95) {
            kind = "documentSymbol";
            p.put("documentSymbol", pick(random, documents));
        } else {
            kind = "affectedPerson+sdgGoal";
            p.put("affectedPerson", pick(random, AFFECTED));
            p.put("sdgGoal", Integer.toString(new int[] { 4, 5, 16, 10, 1 }[random.nextInt(5)]));
        }
        return new Search(kind, p, page);
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** Document symbols to search by: those of the first recommendations of a few States. */
    static List<String> documents(String api, List<String> states, Random random) throws IOException, InterruptedException {
        List<String> documents = new ArrayList<>();
        Pattern symbol = Pattern.compile("\"documentSymbol\"\\s*:\\s*\"([^\"]+)\"");
        for (int i = 0; i < 40; i++) {
            Matcher matcher = symbol.matcher(get(api + "/api/recommendations?size=5&state=" + pick(random, states)));
            while (matcher.find()) {
                documents.add(matcher.group(1));
            }
        }
        if (documents.isEmpty()) {
            throw new IllegalStateException("no recommendations found: load them first");
        }
        return documents;
    }

    static String query(Search search) {
        StringJoiner query = new StringJoiner("&");
        search.parameters().forEach((name, value) -> query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        query.add("page=" + search.page());
        return query.toString();
    }

    /** The service's queries for the search (its page, and its count when the page does not tell it), as plain SQL. */
    static void runSql(Connection connection, Search search) throws SQLException {
        List<Object> values = new ArrayList<>();
        StringJoiner where = new StringJoiner(" AND ", " WHERE ", "").setEmptyValue("");
        Map<String, String> p = search.parameters();
        if (p.containsKey("state")) {
            where.add("f.state_under_review = ?");
            values.add(p.get("state"));
        }
        if (p.containsKey("cycle")) {
            where.add("f.cycle_key = ?");
            values.add(Integer.parseInt(p.get("cycle")));
        }
        // a text query, alone or with the language, reads the words' rows alone; other filters the search rows, joined to
        // the words' rows for a text
        boolean wordsOnly = p.containsKey("q") && p.keySet().stream().allMatch(name -> name.equals("q") || name.equals("language"));
        String alias = wordsOnly ? "w" : "f";
        if (p.containsKey("language")) {
            where.add(alias + ".language = ?");
            values.add(p.get("language"));
        }
        column(p, where, values, "response", "response");
        column(p, where, values, "implementationStatus", "implementation_status");
        List<String> facets = new ArrayList<>();
        facet(p, facets, "recommendingState", "by:");
        facet(p, facets, "documentSymbol", "document:");
        facet(p, facets, "theme", "theme:");
        facet(p, facets, "affectedPerson", "affected:");
        facet(p, facets, "sdgGoal", "goal:");
        facet(p, facets, "sdgTarget", "target:");
        if (!facets.isEmpty()) {
            StringJoiner keys = new StringJoiner(",", "{", "}");
            facets.forEach(facet -> keys.add(Long.toString(facetKey(facet))));
            where.add("f.facet_keys @> CAST(? AS bigint[])");
            values.add(keys.toString());
        }
        String text = null;
        List<Object> textValues = new ArrayList<>();
        if (p.containsKey("q")) {
            String q = p.get("q");
            if (q.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                StringJoiner words = new StringJoiner(" AND ", "(", ")");
                for (String word : q.strip().split("\\s+")) {
                    if (word.codePointCount(0, word.length()) <= 2) {
                        words.add("w.grams @> ARRAY[?]::text[]");
                        textValues.add(word.toLowerCase(Locale.ROOT));
                    } else {
                        words.add("w.chinese_text ILIKE ? ESCAPE '\\'");
                        textValues.add("%" + word + "%");
                    }
                }
                text = words.toString();
            } else {
                List<String> languages = q.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC) ? List.of("ar")
                        : q.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC) ? List.of("ru")
                        : List.of("en", "fr", "es");
                StringJoiner any = new StringJoiner(" OR ", "(", ")");
                for (String language : languages) {
                    any.add("w.words_" + language + " @@ websearch_to_tsquery(text_search_configuration('" + language + "'), ?)");
                    textValues.add(q);
                }
                text = any.toString();
            }
            where.add(text);
            values.addAll(textValues);
        }
        String from = wordsOnly ? " FROM recommendation_words w"
                : " FROM recommendation_search f" + (text != null ? " JOIN recommendation_words w ON w.recommendation_id = f.recommendation_id" : "");
        int rows;
        try (PreparedStatement page = connection.prepareStatement("SELECT r.* FROM recommendation r JOIN (SELECT " + alias + ".recommendation_id"
                + from + where + " ORDER BY " + alias + ".state_under_review, " + alias + ".cycle_key, " + alias + ".document_symbol, " + alias
                + ".paragraph_sort LIMIT 20 OFFSET ?) AS p ON p.recommendation_id = r.id"
                + " ORDER BY r.state_under_review, r.cycle_key, r.document_symbol, r.paragraph_sort")) {
            int i = bind(page, values);
            page.setInt(i, search.page() * 20);
            rows = consume(page);
        }
        if (search.page() > 0 || rows == 20) {
            try (PreparedStatement total = connection.prepareStatement("SELECT count(*)" + from + where)) {
                bind(total, values);
                consume(total);
            }
        }
    }

    static void column(Map<String, String> p, StringJoiner where, List<Object> values, String parameter, String column) {
        if (p.containsKey(parameter)) {
            where.add("f." + column + " = ?");
            values.add(p.get(parameter));
        }
    }

    /** A facet's key, as the service computes it: the first 8 bytes of the MD5 of its name. */
    static long facetKey(String facet) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(facet.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void facet(Map<String, String> p, List<String> facets, String parameter, String prefix) {
        if (p.containsKey(parameter)) {
            facets.add(prefix + p.get(parameter));
        }
    }

    static int bind(PreparedStatement statement, List<Object> values) throws SQLException {
        int i = 1;
        for (Object value : values) {
            statement.setObject(i++, value);
        }
        return i;
    }

    static int consume(PreparedStatement statement) throws SQLException {
        int rows = 0;
        try (ResultSet result = statement.executeQuery()) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                for (int c = 1; c <= columns; c++) {
                    result.getObject(c);
                }
                rows++;
            }
        }
        return rows;
    }


    static String get(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    static long number(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*([0-9]+)").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return Long.parseLong(matcher.group(1));
    }

}
