import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ohchr.uprfund.deploy.measure.ClientThreads;

/**
 * A closing under a broker outage: no entry dated in the year is accepted by a ledger after that ledger confirmed the
 * closing.
 * <p>
 * Clients keep writing entries dated in last year (UTC) to both ledgers: other income to contributions-service and
 * fund-level expenditure to projects-service, straight to each. The script (deploy/faults) kills the broker and creates
 * {@code <dir>/broker-down}; this program then asks to close last year (a fund manager's
 * {@code POST /api/accounting-years/<year>/closure}), while the broker is away, so that contributions-service confirms
 * at once and projects-service cannot hear of it. The script starts the broker again and creates
 * {@code <dir>/broker-started}. The clients write until the year shows CLOSED and {@value #AFTER_CLOSED_SECONDS} s more.
 * <p>
 * Then the audit, per ledger, by the database's order: every entry it accepted (201) dated in the year must have been
 * committed before the transaction that recorded its confirmation ({@code pg_xact_commit_timestamp}, one clock: the
 * server's). An entry holds the ledger's period lock until it commits and a confirmation takes it exclusively, so an entry
 * committed after the confirmation would be a breach of the protocol. The services' own clocks cannot judge this: the
 * fault suite runs their instances with clocks apart, and the instance that confirms need not be the one that recorded
 * the entry; the entries recorded after the confirmation by those clocks ({@code recordedAt} against {@code confirmedAt}
 * in {@code GET /api/accounting-years/<year>/closure}) are shown beside, for what they are. Also: the year must become CLOSED within
 * {@value #CLOSED_WITHIN_SECONDS} s of the broker's return, and every write once it is CLOSED must be refused with 409
 * {@code period-closed}. Entries accepted by projects-service while the year was closing are counted and shown: they
 * are correct (that ledger had not confirmed), and the year was not shown closed meanwhile.
 * <p>
 * Run by deploy/faults: {@code java -cp <PostgreSQL driver>:deploy/target/classes ClosingOutage.java <contributions url> <projects url> <clients>
 * <dir> <jdbc url>}, the JDBC URL naming the database as {@code {database}}, its server started with
 * {@code track_commit_timestamp=on}; with a fund-manager token in FUND_TOKEN. Exit 0 when every check holds.
 */
public class ClosingOutage {

    static final int CLOSED_WITHIN_SECONDS = 120;
    static final int AFTER_CLOSED_SECONDS = 5;
    static final Pattern RECORDED_AT = Pattern.compile("\"recordedAt\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    static final Pattern STATE = Pattern.compile("\"state\"\\s*:\\s*\"([A-Z]+)\"");
    static final String PERIOD_CLOSED = "https://upr-fund.example/problems/period-closed";

    enum Phase { BEFORE, CLOSING, CLOSED }

    /**
     * A ledger, where it takes entries, and where its database keeps them and the transaction that recorded its
     * confirmation of the closing (a query of that row's commit time, given the year).
     */
    record Ledger(String name, String url, String body, String database, String entries, String confirmationCommitted) {
    }

    record Answer(Ledger ledger, Phase phase, int status, String body) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5 || System.getenv("FUND_TOKEN") == null) {
            System.err.println("usage: FUND_TOKEN=<fund-manager token> java -cp <PostgreSQL driver>:deploy/target/classes ClosingOutage.java <contributions url>"
                    + " <projects url> <clients> <dir> <jdbc url with {database}>");
            System.exit(2);
        }
        System.exit(new ClosingOutage(args, System.getenv("FUND_TOKEN")).run(Integer.parseInt(args[2])) ? 0 : 1);
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String token;
    private final Path dir;
    private final String jdbcUrl;
    private final String contributions;
    private final int year = LocalDate.now(ZoneOffset.UTC).getYear() - 1;
    private final List<Ledger> ledgers = new ArrayList<>();
    private final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private volatile Phase phase = Phase.BEFORE;
    private volatile long stopAt = Long.MAX_VALUE;
    private String closing = "";

    ClosingOutage(String[] args, String token) {
        this.token = token;
        this.dir = Path.of(args[3]);
        this.jdbcUrl = args[4];
        this.contributions = trim(args[0]);
        String inYear = LocalDate.of(year, 12, 31).toString();
        ledgers.add(new Ledger("contributions-service", contributions + "/api/income",
                "{\"kind\":\"MISCELLANEOUS\",\"accountingDate\":\"" + inYear + "\",\"amountUsd\":1.00,\"description\":\"%s\"}",
                "contributions", "income_entry", "SELECT pg_xact_commit_timestamp(xmin) FROM accounting_year_confirmation"
                        + " WHERE year = ? AND ledger = 'contributions-service'"));
        ledgers.add(new Ledger("projects-service", trim(args[1]) + "/api/expenditures",
                "{\"spentOn\":\"" + inYear + "\",\"costCategory\":\"GENERAL_OPERATING\",\"amountUsd\":1.00,\"description\":\"%s\"}",
                "projects", "expenditure", "SELECT pg_xact_commit_timestamp(xmin) FROM closed_period WHERE year = ?"
                        + " AND event_type = 'org.ohchr.uprfund.contributions.AccountingYearClosingRequested'"));
    }

    static String trim(String url) {
        return url.replaceAll("/+$", "");
    }

    boolean run(int clients) throws Exception {
        Files.writeString(dir.resolve("load-started"), "");
        ClientThreads threads = ClientThreads.start(clients, this::client);
        boolean closed = close();
        stopAt = System.nanoTime() + Duration.ofSeconds(AFTER_CLOSED_SECONDS).toNanos();
        threads.join();
        if (closed) {
            closing = get(contributions + "/api/accounting-years/" + year + "/closure").body();
        }
        return report(closed);
    }

    /** Asks for the closing once the broker is down, then waits for it to show CLOSED; false when it does not in time. */
    boolean close() throws Exception {
        while (!Files.exists(dir.resolve("broker-down"))) {
            Thread.sleep(100);
        }
        Thread.sleep(1000);
        HttpResponse<String> asked = http.send(HttpRequest.newBuilder(URI.create(contributions + "/api/accounting-years/" + year + "/closure"))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString("{\"note\":\"closed under a broker outage\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (asked.statusCode() != 201) {
            System.out.println("  the closing of " + year + " was answered " + asked.statusCode() + ": " + asked.body());
            return false;
        }
        phase = Phase.CLOSING;
        Files.writeString(dir.resolve("closing-asked"), "");
        System.out.println("  closing of " + year + " asked for while the broker is down: " + state(asked.body()));
        while (!Files.exists(dir.resolve("broker-started"))) {
            Thread.sleep(100);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(CLOSED_WITHIN_SECONDS).toNanos();
        while (System.nanoTime() < deadline) {
            if ("CLOSED".equals(state(get(contributions + "/api/accounting-years/" + year + "/closure").body()))) {
                phase = Phase.CLOSED;
                return true;
            }
            Thread.sleep(200);
        }
        System.out.println("  the year did not show CLOSED within " + CLOSED_WITHIN_SECONDS + " s of the broker's return");
        return false;
    }

    HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String state(String body) {
        Matcher matcher = STATE.matcher(body);
        return matcher.find() ? matcher.group(1) : "?";
    }

    void client(int first) {
        for (int i = first; System.nanoTime() < stopAt; i++) {
            send(ledgers.get(i % ledgers.size()));
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    void send(Ledger ledger) {
        Phase sentIn = phase;
        String marker = "closing outage " + UUID.randomUUID() + " " + sequence.incrementAndGet();
        HttpRequest request = HttpRequest.newBuilder(URI.create(ledger.url())).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(ledger.body().formatted(marker))).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            answers.add(new Answer(ledger, sentIn, response.statusCode(), response.body()));
        } catch (IOException e) {
            answers.add(new Answer(ledger, sentIn, 0, ""));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The ledger's confirmation of the closing, by its own clock, from the closing's {@code confirmations}. */
    Instant confirmedAt(String ledger) {
        Matcher matcher = Pattern.compile("\\{\"ledger\"\\s*:\\s*\"" + Pattern.quote(ledger) + "\"\\s*,\\s*\"confirmedAt\"\\s*:\\s*\"([^\"]+)\"")
                .matcher(closing);
        return matcher.find() ? Instant.parse(matcher.group(1)) : null;
    }

    boolean report(boolean closed) {
        boolean holds = closed;
        System.out.println();
        System.out.println("A closing of " + year + " under a broker outage");
        System.out.printf("  %-24s %-8s %s%n", "ledger", "phase", "answers (status: count)");
        for (Ledger ledger : ledgers) {
            for (Phase sentIn : Phase.values()) {
                Map<String, Integer> counts = new TreeMap<>();
                answers.stream().filter(answer -> answer.ledger() == ledger && answer.phase() == sentIn)
                        .forEach(answer -> counts.merge(answer.status() == 0 ? "no answer" : Integer.toString(answer.status()), 1, Integer::sum));
                System.out.printf("  %-24s %-8s %s%n", ledger.name(), sentIn.name().toLowerCase(), counts);
            }
        }
        for (Ledger ledger : ledgers) {
            Instant confirmedAt = closed ? confirmedAt(ledger.name()) : null;
            if (confirmedAt == null) {
                holds = false;
                System.out.printf("  %-24s no confirmation of %d shown%n", ledger.name(), year);
                continue;
            }
            List<UUID> accepted = new ArrayList<>();
            int afterByClocks = 0;
            for (Answer answer : answers) {
                if (answer.ledger() != ledger || answer.status() != 201) {
                    continue;
                }
                Matcher id = ID.matcher(answer.body());
                accepted.add(id.find() ? UUID.fromString(id.group(1)) : null);
                Matcher recorded = RECORDED_AT.matcher(answer.body());
                if (!recorded.find() || !Instant.parse(recorded.group(1)).isBefore(confirmedAt)) {
                    afterByClocks++;
                }
            }
            CommitOrder order = commitOrder(ledger, accepted);
            long wrongRefusals = answers.stream().filter(answer -> answer.ledger() == ledger && answer.status() != 201
                    && !(answer.status() == 409 && answer.body().contains(PERIOD_CLOSED))).count();
            long acceptedOnceClosed = answers.stream().filter(answer -> answer.ledger() == ledger && answer.phase() == Phase.CLOSED
                    && answer.status() == 201).count();
            System.out.printf("  %-24s confirmed at %s; accepted %d dated in %d, committed after its confirmation %d (of %d found in"
                    + " its database), once CLOSED %d; other answers than 201 or 409 period-closed %d%n", ledger.name(), confirmedAt,
                    accepted.size(), year, order.after(), order.found(), acceptedOnceClosed, wrongRefusals);
            System.out.printf("  %-24s recorded after its confirmation by the instances' own clocks: %d%n", "", afterByClocks);
            if (order.found() != accepted.size() || order.after() > 0 || acceptedOnceClosed > 0 || wrongRefusals > 0) {
                holds = false;
            }
        }
        long closingWrites = answers.stream().filter(answer -> answer.phase() == Phase.CLOSING).count();
        if (closingWrites == 0) {
            holds = false;
            System.out.println("  no entry was sent while the year was closing");
        }
        System.out.println(holds ? "  no entry dated in " + year + " accepted by a ledger after it confirmed the closing"
                : "  the closing under a broker outage does NOT hold (see above)");
        return holds;
    }

    /** Of the accepted entries, how many the ledger's database holds, and how many of those committed after its confirmation. */
    record CommitOrder(int found, int after) {
    }

    CommitOrder commitOrder(Ledger ledger, List<UUID> accepted) {
        String url = jdbcUrl.replace("{database}", ledger.database());
        try (Connection connection = DriverManager.getConnection(url);
                PreparedStatement confirmation = connection.prepareStatement(ledger.confirmationCommitted());
                PreparedStatement entries = connection.prepareStatement("SELECT count(*),"
                        + " count(*) FILTER (WHERE pg_xact_commit_timestamp(xmin) >= ?) FROM " + ledger.entries() + " WHERE id = ANY (?)")) {
            confirmation.setInt(1, year);
            OffsetDateTime confirmed;
            try (ResultSet row = confirmation.executeQuery()) {
                confirmed = row.next() ? row.getObject(1, OffsetDateTime.class) : null;
            }
            if (confirmed == null) {
                System.out.printf("  %-24s its database holds no committed confirmation of %d%n", ledger.name(), year);
                return new CommitOrder(-1, -1);
            }
            entries.setObject(1, confirmed);
            entries.setArray(2, connection.createArrayOf("uuid", accepted.stream().filter(Objects::nonNull).toArray()));
            try (ResultSet counts = entries.executeQuery()) {
                counts.next();
                return new CommitOrder(counts.getInt(1), counts.getInt(2));
            }
        } catch (SQLException e) {
            System.out.printf("  %-24s its database could not be audited: %s%n", ledger.name(), e.getMessage());
            return new CommitOrder(-1, -1);
        }
    }
}
