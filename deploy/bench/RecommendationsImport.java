import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.postgresql.PGConnection;

import org.ohchr.uprfund.deploy.measure.BenchFigure;

/**
 * Measures the recommendations service's CSV import beside PostgreSQL's COPY of the same rows into a plain table, in one
 * run, on the service's own database: first COPY (the file as it is, every cell text, into a table without index),
 * then the import through the service's endpoint (checked, matched on natural keys, written with their indexes and
 * events), then the same file again (every row unchanged). Prints both rates and the ratio, the peak heap of the
 * service while it imported (from its /q/metrics), and how long the search indexer took to catch up.
 * <p>
 * Run by deploy/bench/recommendations-import: {@code java -cp '<the service's lib/main>/*:deploy/target/classes' RecommendationsImport.java
 * <api url> <jdbc url> <db user> <csv file> <rows>}, with a recommendations-editor token in FUND_TOKEN and the database
 * password, if any, in FUND_DB_PASSWORD.
 */
public class RecommendationsImport {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    static final Pattern NUMBER = Pattern.compile("\"(%s)\"\\s*:\\s*(-?[0-9]+)");

    public static void main(String[] args) throws Exception {
        if (args.length != 5 || System.getenv("FUND_TOKEN") == null) {
            System.err.println("usage: FUND_TOKEN=<editor token> java -cp '<the service's lib/main>/*:deploy/target/classes' RecommendationsImport.java <api url> <jdbc url> <db user> <csv file> <rows>");
            System.exit(2);
        }
        String api = args[0].replaceAll("/+$", "");
        Path file = Path.of(args[3]);
        int rows = Integer.parseInt(args[4]);
        long bytes = Files.size(file);
        System.out.printf(Locale.ROOT, "File: %d rows, %.1f MB%n", rows, bytes / 1e6);

        double copySeconds = copy(args[1], args[2], System.getenv().getOrDefault("FUND_DB_PASSWORD", ""), file);
        System.out.printf(Locale.ROOT, "PostgreSQL COPY into a plain table:   %6.2f s  %8.0f rows/s%n", copySeconds, rows / copySeconds);

        HeapWatch heap = HeapWatch.start(api);
        long started = System.nanoTime();
        String report = post(api, file);
        double importSeconds = (System.nanoTime() - started) / 1e9;
        long peakHeap = heap.stop();
        int created = number(report, "created");
        if (created != rows) {
            throw new IllegalStateException("the import created " + created + " of " + rows + " rows: " + report.substring(0, Math.min(800, report.length())));
        }
        System.out.printf(Locale.ROOT, "Import through the service (created):  %6.2f s  %8.0f rows/s   (service's own time %.2f s)%n", importSeconds,
                rows / importSeconds, number(report, "durationMs") / 1000.0);
        System.out.printf(Locale.ROOT, "Ratio import / COPY: %.3f%n", copySeconds / importSeconds);
        System.out.printf(Locale.ROOT, "Service heap while importing: peak %.0f MB used of %.0f MB max (sampled every 100 ms from /q/metrics)%n",
                peakHeap / 1e6, heap.max() / 1e6);
        BenchFigure.print("recommendations imported per second", rows / importSeconds, "rows/s", rows / copySeconds, "PostgreSQL COPY",
                "ratio >= 0.3");

        String id = report.replaceAll("(?s).*?\"id\"\\s*:\\s*\"([0-9a-f-]{36})\".*", "$1");
        long indexStarted = System.nanoTime();
        long awaiting;
        do {
            Thread.sleep(500);
            awaiting = number(get(api + "/api/recommendations/import/reports/" + id), "awaitingSearchIndex");
        } while (awaiting > 0);
        System.out.printf(Locale.ROOT, "Search indexer caught up %.1f s after the import's answer%n", (System.nanoTime() - indexStarted) / 1e9);
        Thread.sleep(10_000); // the indexer vacuums and analyses the tables once it caught up: the second import runs after

        started = System.nanoTime();
        String again = post(api, file);
        double againSeconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "The same file again (%d unchanged):    %6.2f s  %8.0f rows/s%n", number(again, "unchanged"), againSeconds,
                rows / againSeconds);
    }

    /** COPY of the file into a new plain table (every column text, no index), dropped afterwards. */
    static double copy(String jdbcUrl, String user, String password, Path file) throws SQLException, IOException {
        String table = "bench_plain_copy";
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password)) {
            String header = Files.newBufferedReader(file, StandardCharsets.UTF_8).readLine();
            StringBuilder columns = new StringBuilder();
            for (String column : header.split(",")) {
                columns.append(columns.length() == 0 ? "" : ", ").append(column).append(" text");
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP TABLE IF EXISTS " + table);
                statement.execute("CREATE TABLE " + table + " (" + columns + ")");
            }
            long started = System.nanoTime();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " FROM STDIN WITH (FORMAT csv, HEADER true)", reader);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP TABLE " + table);
            }
            return seconds;
        }
    }

    static String post(String api, Path file) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(api + "/api/recommendations/import")).timeout(Duration.ofMinutes(30))
                .header("Authorization", "Bearer " + System.getenv("FUND_TOKEN")).header("Content-Type", "text/csv; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("the import answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    static String get(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + " answered " + response.statusCode());
        }
        return response.body();
    }

    static int number(String json, String name) {
        Matcher matcher = Pattern.compile(String.format(NUMBER.pattern(), Pattern.quote(name))).matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + name + " in " + json.substring(0, Math.min(500, json.length())));
        }
        return Integer.parseInt(matcher.group(2));
    }

    /** Samples the service's heap in use from its Prometheus metrics. */
    static final class HeapWatch {

        private static final Pattern USED = Pattern.compile("jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*\\}\\s+([0-9.E+]+)");
        private static final Pattern MAX = Pattern.compile("jvm_memory_max_bytes\\{[^}]*area=\"heap\"[^}]*\\}\\s+([0-9.E+-]+)");

        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicLong peak = new AtomicLong();
        private final AtomicLong max = new AtomicLong();
        private Thread thread;

        static HeapWatch start(String api) {
            HeapWatch watch = new HeapWatch();
            watch.thread = new Thread(() -> {
                while (watch.running.get()) {
                    try {
                        String metrics = get(api + "/q/metrics");
                        watch.peak.accumulateAndGet(sum(USED, metrics), Math::max);
                        long heapMax = sum(MAX, metrics);
                        if (heapMax > 0) {
                            watch.max.set(heapMax);
                        }
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    } catch (IOException | RuntimeException e) {
                        // a missed sample
                    }
                }
            }, "heap-watch");
            watch.thread.setDaemon(true);
            watch.thread.start();
            return watch;
        }

        long stop() throws InterruptedException {
            running.set(false);
            thread.join();
            return peak.get();
        }

        long max() {
            return max.get();
        }

        private static long sum(Pattern pattern, String metrics) {
            Matcher matcher = pattern.matcher(metrics);
            double total = 0;
            while (matcher.find()) {
                double value = Double.parseDouble(matcher.group(1));
                if (value > 0) {
                    total += value;
                }
            }
            return (long) total;
        }
    }

}
