import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.ohchr.uprfund.deploy.measure.ClientThreads;

/**
 * PostgreSQL stopped under load: while the database is away, every service answers at once with a 503
 * {@code application/problem+json} (not a 500, not a wait beyond {@value #ANSWER_WITHIN_SECONDS} s), and once it is back
 * each serves writes again without being restarted.
 * <p>
 * Clients send writes that need the database, round robin over the targets: other income straight to
 * contributions-service and through the gateway, fund-level expenditure straight to projects-service, and a list read
 * of recommendations-service. The script (deploy/faults) creates {@code <dir>/database-stopping} before it stops
 * PostgreSQL and {@code <dir>/database-started} once it accepts connections again; each answer is counted by the phase
 * it was sent in. After the restart, each target must answer a 2xx within {@value #RECOVER_WITHIN_SECONDS} s.
 * <p>
 * Run by deploy/faults: {@code java -cp deploy/target/classes DatabaseOutage.java <gateway url> <contributions url> <projects url>
 * <recommendations url> <clients> <dir>}, with a fund-manager token in FUND_TOKEN. Exit 0 when every check holds.
 */
public class DatabaseOutage {

    static final int ANSWER_WITHIN_SECONDS = 10;
    static final int RECOVER_WITHIN_SECONDS = 60;

    enum Phase { BEFORE, DOWN, AFTER }

    record Target(String name, String url, String method, String body) {
    }

    record Answer(Target target, Phase phase, int status, String contentType, double seconds) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 6 || System.getenv("FUND_TOKEN") == null) {
            System.err.println("usage: FUND_TOKEN=<fund-manager token> java -cp deploy/target/classes DatabaseOutage.java <gateway url> <contributions url>"
                    + " <projects url> <recommendations url> <clients> <dir>");
            System.exit(2);
        }
        System.exit(new DatabaseOutage(args, System.getenv("FUND_TOKEN")).run(Integer.parseInt(args[4])) ? 0 : 1);
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String token;
    private final Path dir;
    private final List<Target> targets = new ArrayList<>();
    private final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
    /** When each target first answered a 2xx after the database was back (seconds after that moment). */
    private final Map<String, Double> recoveredAfter = new ConcurrentHashMap<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private volatile long startedAt;

    DatabaseOutage(String[] args, String token) {
        this.token = token;
        this.dir = Path.of(args[5]);
        String today = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        String income = "{\"kind\":\"MISCELLANEOUS\",\"accountingDate\":\"" + today + "\",\"amountUsd\":1.00,\"description\":\"%s\"}";
        String expenditure = "{\"spentOn\":\"" + today + "\",\"costCategory\":\"GENERAL_OPERATING\",\"amountUsd\":1.00,\"description\":\"%s\"}";
        targets.add(new Target("contributions-service", trim(args[1]) + "/api/income", "POST", income));
        targets.add(new Target("projects-service", trim(args[2]) + "/api/expenditures", "POST", expenditure));
        targets.add(new Target("recommendations-service", trim(args[3]) + "/api/recommendations?size=5", "GET", null));
        targets.add(new Target("gateway", trim(args[0]) + "/api/income", "POST", income));
    }

    static String trim(String url) {
        return url.replaceAll("/+$", "");
    }

    Phase phase() {
        if (Files.exists(dir.resolve("database-started"))) {
            return Phase.AFTER;
        }
        return Files.exists(dir.resolve("database-stopping")) ? Phase.DOWN : Phase.BEFORE;
    }

    boolean run(int clients) throws Exception {
        Files.writeString(dir.resolve("load-started"), "");
        ClientThreads threads = ClientThreads.start(clients, this::client);
        threads.join();
        return report();
    }

    void client(int first) {
        long deadline = Long.MAX_VALUE;
        for (int i = first;; i++) {
            Phase phase = phase();
            if (phase == Phase.AFTER) {
                if (startedAt == 0) {
                    synchronized (this) {
                        if (startedAt == 0) {
                            startedAt = System.nanoTime();
                        }
                    }
                }
                deadline = Math.min(deadline, startedAt + Duration.ofSeconds(RECOVER_WITHIN_SECONDS).toNanos());
                if (recoveredAfter.size() == targets.size() || System.nanoTime() > deadline) {
                    return;
                }
            }
            Target target = targets.get(i % targets.size());
            send(target, phase);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    void send(Target target, Phase phase) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target.url())).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token);
        if (target.body() != null) {
            String marker = "database outage " + UUID.randomUUID() + " " + sequence.incrementAndGet();
            request.header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString(target.body().formatted(marker)));
        } else {
            request.GET();
        }
        long sent = System.nanoTime();
        int status;
        String contentType = "";
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            status = response.statusCode();
            contentType = response.headers().firstValue("Content-Type").orElse("");
        } catch (IOException e) {
            status = 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        long received = System.nanoTime();
        answers.add(new Answer(target, phase, status, contentType, (received - sent) / 1e9));
        if (phase == Phase.AFTER && status / 100 == 2 && startedAt != 0) {
            recoveredAfter.putIfAbsent(target.name(), (received - startedAt) / 1e9);
        }
    }

    boolean report() {
        boolean holds = true;
        System.out.println();
        System.out.println("PostgreSQL stopped under load");
        System.out.printf("  %-24s %-8s %s%n", "target", "phase", "answers (status: count), slowest");
        for (Target target : targets) {
            for (Phase phase : Phase.values()) {
                Map<String, Integer> counts = new TreeMap<>();
                double slowest = 0;
                for (Answer answer : answers) {
                    if (answer.target() != target || answer.phase() != phase) {
                        continue;
                    }
                    String key = answer.status() == 0 ? "no answer" : answer.status() == 503
                            ? (answer.contentType().startsWith("application/problem+json") ? "503 problem" : "503 other")
                            : Integer.toString(answer.status());
                    counts.merge(key, 1, Integer::sum);
                    slowest = Math.max(slowest, answer.seconds());
                    boolean wrong = answer.status() == 0 || answer.status() >= 500 && !key.equals("503 problem")
                            || answer.status() / 100 == 4;
                    if (wrong || answer.seconds() > ANSWER_WITHIN_SECONDS) {
                        holds = false;
                    }
                }
                System.out.printf("  %-24s %-8s %s, slowest %.1f s%n", target.name(), phase.name().toLowerCase(), counts, slowest);
            }
            Double recovered = recoveredAfter.get(target.name());
            if (recovered == null) {
                holds = false;
                System.out.printf("  %-24s no 2xx within %d s of PostgreSQL accepting connections again%n", target.name(),
                        RECOVER_WITHIN_SECONDS);
            } else {
                System.out.printf("  %-24s served again %.1f s after PostgreSQL accepted connections, not restarted%n", target.name(),
                        recovered);
            }
        }
        long down = answers.stream().filter(answer -> answer.phase() == Phase.DOWN).count();
        if (down == 0) {
            holds = false;
            System.out.println("  no request was sent while PostgreSQL was stopped");
        }
        System.out.println(holds ? "  every answer a 2xx or a 503 problem within " + ANSWER_WITHIN_SECONDS + " s, every service back"
                : "  NOT every answer a 2xx or a 503 problem within " + ANSWER_WITHIN_SECONDS + " s, or a service not back (see above)");
        return holds;
    }
}
