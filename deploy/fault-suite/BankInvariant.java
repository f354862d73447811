import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The bank invariant of the fault suite: money written through the gateway is neither lost nor doubled when the broker
 * and a service die under load, and the gateway's fund status ends equal to what the services themselves hold.
 * <p>
 * Several clients send mixed writes through the gateway (pledges, contributions, their reversals, other income and its
 * reversals, expenditure, progress updates and field-office sync batches), each with a short timeout, retrying on a
 * timeout, a refused connection, a 5xx or a 409 {@code idempotency-in-progress} with the same {@code Idempotency-Key}
 * (a sync batch is sent again whole, with the same item keys) until the write gets a final answer: a 201 (or a batch
 * item CREATED or REPLAYED) acknowledges it, any other 4xx refuses it. Some writes are meant to be refused (a reversal
 * of more than remains, a second reversal of an income entry, a sync item of no amount). Every write carries a marker of
 * its own (in its reference, description, reason or narrative; a pledge in its amount), so that it can be counted in the
 * services' lists.
 * <p>
 * The script (deploy/faults) kills and restarts the broker and a service meanwhile; it creates {@code <dir>/recovered}
 * once everything it killed is back and ready. After the load and once every write has its final answer, this program
 * waits for that file, lists everything from each service's own API (not through the gateway), and then:
 * <ul>
 * <li>every acknowledged write is present exactly once, under the id its answer gave (else lost or doubled), and no
 * refused write is present at all;</li>
 * <li>within {@value #CONVERGENCE_SECONDS} s the gateway's {@code GET /api/fund/status} equals the sums of those lists:
 * income by kind, expenditure by cost category, their totals, pledges outstanding, donors and projects;</li>
 * <li>every event on the fund topics is in the gateway's read model, applied after the earlier events of its aggregate,
 * and none is parked;</li>
 * <li>a rebuild of the gateway's read model from offset zero ({@code POST /api/fund/rebuilds}) equals the live one.</li>
 * </ul>
 * With several gateway instances (a list of urls), each client writes through one of them and each retry goes through the
 * next, and every instance's fund status must converge.
 * <p>
 * Run by deploy/faults: {@code java -cp 'deploy/target/kafka/libs/*:<PostgreSQL JDBC driver>'
 * deploy/fault-suite/BankInvariant.java <gateway urls, comma-separated> <contributions url> <projects url> <clients>
 * <seconds of load> <dir> <Kafka bootstrap servers> <JDBC url of the gateway's read model>}, with a fund-manager token in
 * FUND_TOKEN. It creates {@code <dir>/load-started} when the load begins. Exit 0 when every check holds, 1 otherwise.
 */
public class BankInvariant {

    static final int CONVERGENCE_SECONDS = 10;
    static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(Long.getLong("fault.clientTimeoutSeconds", 3));
    /** How long a write is retried before it counts as unresolved (a failure of the run). */
    static final Duration RESOLVE_WITHIN = Duration.ofSeconds(Long.getLong("fault.resolveSeconds", 300));
    static final Duration RECOVERY_WAIT = Duration.ofSeconds(Long.getLong("fault.recoverySeconds", 600));
    static final List<String> STATES = List.of("NGA", "KEN", "KHM", "PER", "SEN", "FJI", "MNG", "URY", "TGO", "LAO", "BEN", "PRY");
    static final List<String> CATEGORIES = List.of("STAFF", "OTHER_PERSONNEL", "STAFF_TRAVEL", "PARTICIPANT_TRAVEL",
            "CONTRACTUAL_SERVICES", "GENERAL_OPERATING", "EQUIPMENT", "GRANTS", "PROGRAMME_SUPPORT");
    static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        if (args.length != 8 || System.getenv("FUND_TOKEN") == null) {
            System.err.println("usage: FUND_TOKEN=<fund-manager token> java -cp 'deploy/target/kafka/libs/*:<PostgreSQL JDBC driver>'"
                    + " BankInvariant.java <gateway urls, comma-separated> <contributions url> <projects url> <clients>"
                    + " <seconds of load> <dir> <Kafka bootstrap servers> <JDBC url of the gateway's read model>");
            System.exit(2);
        }
        List<String> gateways = Arrays.stream(args[0].split(",")).map(BankInvariant::trim).toList();
        BankInvariant suite = new BankInvariant(gateways, trim(args[1]), trim(args[2]), System.getenv("FUND_TOKEN"),
                Path.of(args[5]), new ReadModelAudit(args[6], args[7]));
        try {
            System.exit(suite.run(Integer.parseInt(args[3]), Integer.parseInt(args[4])) ? 0 : 1);
        } catch (IllegalStateException e) {
            System.err.println("bank invariant: " + e.getMessage());
            System.exit(1);
        }
    }

    static String trim(String url) {
        return url.replaceAll("/+$", "");
    }

    enum Kind {
        PLEDGE, CONTRIBUTION, CONTRIBUTION_REVERSAL, INCOME, INCOME_REVERSAL, EXPENDITURE, PROGRESS_UPDATE, SYNC_EXPENDITURE,
        SYNC_PROGRESS_UPDATE
    }

    enum Answer { PENDING, ACKNOWLEDGED, REFUSED, UNRESOLVED }

    /** One logical write, followed from its first attempt to its final answer. */
    static final class Write {
        final Kind kind;
        final String marker;
        final boolean meantToBeRefused;
        final String key = UUID.randomUUID().toString();
        /** A pledge's amount (its marker); the project of an update; the original of a reversal. */
        BigDecimal amount;
        String projectId;
        String originalId;
        volatile Answer answer = Answer.PENDING;
        volatile String id;
        volatile int status;
        volatile String problem;
        volatile int attempts;

        Write(Kind kind, String marker, boolean meantToBeRefused) {
            this.kind = kind;
            this.marker = marker;
            this.meantToBeRefused = meantToBeRefused;
        }
    }

    /** The final answer to one request, after its retries. */
    record Final(int status, JsonNode body) {
    }

    /** Every gateway instance; the first one sets up, is read for holdings' links and rebuilds. */
    private final List<String> gateways;
    private final String gateway;
    private final String contributions;
    private final String projects;
    private final String token;
    private final Path dir;
    private final ReadModelAudit audit;
    private final String run = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final ConcurrentLinkedQueue<Write> writes = new ConcurrentLinkedQueue<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong requests = new AtomicLong();
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC).minusDays(1);
    private final List<String> donorIds = Collections.synchronizedList(new ArrayList<>());
    private final List<String> projectIds = Collections.synchronizedList(new ArrayList<>());

    BankInvariant(List<String> gateways, String contributions, String projects, String token, Path dir, ReadModelAudit audit) {
        this.gateways = gateways;
        this.gateway = gateways.get(0);
        this.audit = audit;
        this.contributions = contributions;
        this.projects = projects;
        this.token = token;
        this.dir = dir;
    }

    boolean run(int clients, int seconds) throws Exception {
        setUp(clients);
        System.out.printf("Load: %d clients writing through %s for %d s (client timeout %d s, retries with the same key%s)%n",
                clients, String.join(" and ", gateways), seconds, CLIENT_TIMEOUT.toSeconds(),
                gateways.size() > 1 ? ", each retry through the next gateway" : "");
        Files.writeString(dir.resolve("load-started"), "");
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Client client = new Client(c, donorIds.get(c), projectIds.get(c), end);
            threads.add(startThread(client, "client-" + c));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long resolved = System.nanoTime();
        System.out.printf("Load over: every write has its final answer (%d requests sent)%n", requests.get());
        awaitRecovery();
        long from = Math.max(resolved, System.nanoTime());
        return check(from);
    }

    static Thread startThread(Runnable body, String name) {
        Thread thread = new Thread(body, name);
        thread.start();
        return thread;
    }

    // ---- set-up: a donor and an approved project per client, before any fault ----

    void setUp(int clients) throws Exception {
        for (int c = 0; c < clients; c++) {
            ObjectNode donor = JSON.createObjectNode().put("name", "Fault suite " + run + " donor " + c).put("kind", "ORGANISATION");
            donorIds.add(created(post(gateway + "/api/donors", donor, "donor-" + run + "-" + c), "donor"));
            String state = STATES.get(c % STATES.size());
            ObjectNode project = JSON.createObjectNode().put("code", "FAULT-" + run + "-" + c).put("iso3", state)
                    .put("title", "Fault suite project " + c).put("strategicArea", "IMPLEMENTATION_PLAN")
                    .put("plannedStart", today.minusDays(60).toString()).put("plannedEnd", today.plusDays(300).toString())
                    .put("budgetUsd", new BigDecimal("100000.00"));
            String projectId = created(post(gateway + "/api/projects", project, "project-" + run + "-" + c), "project");
            ObjectNode criterion = JSON.createObjectNode().put("answer", "YES").put("notes", "Fault suite");
            ObjectNode approval = JSON.createObjectNode().put("approvedOn", today.minusDays(60).toString())
                    .put("approvedBudgetUsd", new BigDecimal("100000.00")).put("consentReference", "Fault suite");
            ObjectNode assessment = approval.putObject("assessment");
            for (String question : List.of("a", "b", "c", "d")) {
                assessment.set(question, criterion);
            }
            String etag = http.send(HttpRequest.newBuilder(URI.create(gateway + "/api/projects/" + projectId)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).headers().firstValue("ETag").orElseThrow();
            Final approved = send(request(gateway + "/api/projects/" + projectId + "/approval", approval, "approval-" + run + "-" + c)
                    .header("If-Match", etag).build(), System.nanoTime() + RESOLVE_WITHIN.toNanos(), null);
            if (approved.status() != 200) {
                throw new IllegalStateException("approving project " + projectId + " answered " + approved.status() + " " + approved.body());
            }
            projectIds.add(projectId);
        }
        System.out.printf("Set up through the gateway: %d donors and %d approved projects (run %s)%n", clients, clients, run);
    }

    static String created(Final answer, String what) {
        if (answer.status() != 201) {
            throw new IllegalStateException("registering a " + what + " answered " + answer.status() + " " + answer.body());
        }
        return answer.body().get("id").asText();
    }

    Final post(String url, JsonNode body, String key) throws InterruptedException {
        return send(request(url, body, key).build(), System.nanoTime() + RESOLVE_WITHIN.toNanos(), null);
    }

    HttpRequest.Builder request(String url, JsonNode body, String key) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(CLIENT_TIMEOUT)
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    }

    /**
     * Sends until a final answer: a timeout, a refused or broken connection, a 5xx, a 429 or a 409
     * idempotency-in-progress is tried again, the same request, after a pause growing to 2 s. Null when no final answer
     * came before the deadline.
     */
    Final send(HttpRequest request, long deadline, Write write) throws InterruptedException {
        long pause = 100;
        for (int attempt = 1;; attempt++) {
            if (write != null) {
                write.attempts = attempt;
            }
            requests.incrementAndGet();
            try {
                HttpResponse<String> response = http.send(throughGateway(request, attempt - 1), HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                JsonNode body = response.body().isEmpty() ? JSON.nullNode() : parse(response.body());
                boolean inProgress = status == 409 && body.path("type").asText().endsWith("idempotency-in-progress");
                if (status < 500 && status != 429 && !inProgress) {
                    return new Final(status, body);
                }
            } catch (HttpTimeoutException | java.net.ConnectException e) {
                // no answer in time, or nothing listening: try again
            } catch (IOException e) {
                // connection closed under the request (a process killed): try again
            }
            if (System.nanoTime() > deadline) {
                return null;
            }
            retries.incrementAndGet();
            Thread.sleep(pause);
            pause = Math.min(2000, pause * 2);
        }
    }

    /**
     * The request sent through the gateway {@code shift} places after the one it names (itself when it names none, or
     * there is only one): a retry lands on another instance, as behind a load balancer.
     */
    HttpRequest throughGateway(HttpRequest request, int shift) {
        String uri = request.uri().toString();
        for (int g = 0; g < gateways.size() && shift % gateways.size() != 0; g++) {
            if (uri.startsWith(gateways.get(g) + "/")) {
                String moved = gateways.get((g + shift) % gateways.size()) + uri.substring(gateways.get(g).length());
                return HttpRequest.newBuilder(request, (name, value) -> true).uri(URI.create(moved)).build();
            }
        }
        return request;
    }

    static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return JSON.getNodeFactory().textNode(text);
        }
    }

    // ---- the clients ----

    /** One client: its own donor and project, the entries it was acknowledged, and a random mix of writes. */
    final class Client implements Runnable {
        final Random random;
        final String donorId;
        final String projectId;
        /** The gateway this client writes through first; a retry goes to the next one. */
        final String home;
        final long end;
        final Map<String, BigDecimal> pledgeOutstanding = new LinkedHashMap<>();
        final Map<String, BigDecimal> contributionRemaining = new LinkedHashMap<>();
        final Map<String, String> contributionPledge = new HashMap<>();
        final List<String> income = new ArrayList<>();
        final List<String> reversedIncome = new ArrayList<>();

        Client(int number, String donorId, String projectId, long end) {
            this.random = new Random(number * 7919L + System.nanoTime());
            this.donorId = donorId;
            this.projectId = projectId;
            this.home = gateways.get(number % gateways.size());
            this.end = end;
        }

        @Override
        public void run() {
            try {
                while (System.nanoTime() < end) {
                    int pick = random.nextInt(100);
                    if (pick < 10) {
                        pledge();
                    } else if (pick < 30) {
                        contribution();
                    } else if (pick < 38) {
                        contributionReversal(false);
                    } else if (pick < 50) {
                        income();
                    } else if (pick < 58) {
                        incomeReversal();
                    } else if (pick < 76) {
                        expenditure();
                    } else if (pick < 86) {
                        progressUpdate();
                    } else if (pick < 92) {
                        syncBatch();
                    } else if (pick < 96) {
                        contributionReversal(true);
                    } else {
                        secondIncomeReversal();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        String marker(Kind kind) {
            return "fault-" + run + "-" + sequence.incrementAndGet() + "-" + kind.name().toLowerCase();
        }

        BigDecimal money(int lowDollars, int highDollars) {
            return BigDecimal.valueOf(lowDollars * 100L + random.nextInt((highDollars - lowDollars) * 100), 2);
        }

        /** Sends one single write to its final answer and records it; the 201's body, or null. */
        JsonNode single(Write write, String url, JsonNode body) throws InterruptedException {
            writes.add(write);
            Final answer = send(request(url, body, write.key).build(), System.nanoTime() + RESOLVE_WITHIN.toNanos(), write);
            if (answer == null) {
                write.answer = Answer.UNRESOLVED;
                return null;
            }
            write.status = answer.status();
            if (answer.status() == 201) {
                write.id = answer.body().path("id").asText(null);
                write.answer = Answer.ACKNOWLEDGED;
                return answer.body();
            }
            write.problem = answer.body().toString();
            write.answer = Answer.REFUSED;
            return null;
        }

        void pledge() throws InterruptedException {
            Write write = new Write(Kind.PLEDGE, null, false);
            // A pledge has no text of its own: its amount, unique in the run, is its marker.
            write.amount = BigDecimal.valueOf(100_000L * 100 + sequence.incrementAndGet() * 100L, 2);
            ObjectNode body = JSON.createObjectNode().put("donorId", donorId).put("amount", write.amount).put("currency", "USD")
                    .put("pledgedOn", today.toString()).put("period", Integer.toString(today.getYear()));
            JsonNode created = single(write, home + "/api/pledges", body);
            if (created != null) {
                pledgeOutstanding.put(write.id, write.amount);
            }
        }

        void contribution() throws InterruptedException {
            Write write = new Write(Kind.CONTRIBUTION, marker(Kind.CONTRIBUTION), false);
            BigDecimal amount = money(100, 5000);
            ObjectNode body = JSON.createObjectNode().put("donorId", donorId).put("receivedOn", today.toString())
                    .put("amount", amount).put("currency", "USD").put("period", Integer.toString(today.getYear()))
                    .put("bankReference", write.marker);
            String pledgeId = null;
            if (random.nextBoolean()) {
                for (Map.Entry<String, BigDecimal> pledge : pledgeOutstanding.entrySet()) {
                    if (pledge.getValue().compareTo(amount) >= 0) {
                        pledgeId = pledge.getKey();
                        body.put("pledgeId", pledgeId);
                        break;
                    }
                }
            }
            JsonNode created = single(write, home + "/api/contributions", body);
            if (created != null) {
                contributionRemaining.put(write.id, amount);
                if (pledgeId != null) {
                    contributionPledge.put(write.id, pledgeId);
                    pledgeOutstanding.merge(pledgeId, amount.negate(), BigDecimal::add);
                }
            }
        }

        /** A partial reversal of one of this client's contributions; or, meant to be refused, one of more than remains. */
        void contributionReversal(boolean tooMuch) throws InterruptedException {
            String original = null;
            for (Map.Entry<String, BigDecimal> entry : contributionRemaining.entrySet()) {
                if (entry.getValue().compareTo(BigDecimal.ONE) > 0) {
                    original = entry.getKey();
                    break;
                }
            }
            if (original == null) {
                contribution();
                return;
            }
            BigDecimal remaining = contributionRemaining.get(original);
            BigDecimal amount = tooMuch ? remaining.add(BigDecimal.ONE)
                    : remaining.divide(BigDecimal.valueOf(2 + random.nextInt(3)), 2, RoundingMode.DOWN).max(new BigDecimal("0.01"));
            Write write = new Write(Kind.CONTRIBUTION_REVERSAL, marker(Kind.CONTRIBUTION_REVERSAL), tooMuch);
            write.originalId = original;
            ObjectNode body = JSON.createObjectNode().put("amount", amount).put("reversedOn", today.toString())
                    .put("reason", write.marker);
            if (single(write, home + "/api/contributions/" + original + "/reversal", body) != null) {
                contributionRemaining.merge(original, amount.negate(), BigDecimal::add);
                String pledgeId = contributionPledge.get(original);
                if (pledgeId != null) {
                    pledgeOutstanding.merge(pledgeId, amount, BigDecimal::add);
                }
            }
        }

        void income() throws InterruptedException {
            Write write = new Write(Kind.INCOME, marker(Kind.INCOME), false);
            ObjectNode body = JSON.createObjectNode().put("kind", random.nextBoolean() ? "INVESTMENT" : "MISCELLANEOUS")
                    .put("accountingDate", today.toString()).put("amountUsd", money(10, 2000)).put("description", write.marker);
            if (single(write, home + "/api/income", body) != null) {
                income.add(write.id);
            }
        }

        void incomeReversal() throws InterruptedException {
            if (income.isEmpty()) {
                income();
                return;
            }
            String original = income.remove(0);
            Write write = new Write(Kind.INCOME_REVERSAL, marker(Kind.INCOME_REVERSAL), false);
            write.originalId = original;
            ObjectNode body = JSON.createObjectNode().put("accountingDate", today.toString()).put("reason", write.marker);
            if (single(write, home + "/api/income/" + original + "/reversal", body) != null) {
                reversedIncome.add(original);
            }
        }

        /** A second reversal of an income entry, under a new key: meant to be refused (an entry is reversed once). */
        void secondIncomeReversal() throws InterruptedException {
            if (reversedIncome.isEmpty()) {
                incomeReversal();
                return;
            }
            Write write = new Write(Kind.INCOME_REVERSAL, marker(Kind.INCOME_REVERSAL), true);
            write.originalId = reversedIncome.get(random.nextInt(reversedIncome.size()));
            ObjectNode body = JSON.createObjectNode().put("accountingDate", today.toString()).put("reason", write.marker);
            single(write, home + "/api/income/" + write.originalId + "/reversal", body);
        }

        ObjectNode expenditureBody(Write write, boolean fundLevel, BigDecimal amount) {
            ObjectNode body = JSON.createObjectNode();
            if (!fundLevel) {
                body.put("projectId", projectId);
            }
            return body.put("spentOn", today.toString()).put("costCategory", CATEGORIES.get(random.nextInt(CATEGORIES.size())))
                    .put("amountUsd", amount).put("description", write.marker);
        }

        void expenditure() throws InterruptedException {
            Write write = new Write(Kind.EXPENDITURE, marker(Kind.EXPENDITURE), false);
            single(write, home + "/api/expenditures", expenditureBody(write, random.nextInt(4) == 0, money(10, 3000)));
        }

        ObjectNode progressBody(Write write) {
            ObjectNode body = JSON.createObjectNode().put("periodStart", today.minusDays(30).toString())
                    .put("periodEnd", today.toString()).put("status", "ON_TRACK").put("narrative", write.marker);
            body.putArray("indicators");
            body.putArray("recommendationIds");
            return body;
        }

        void progressUpdate() throws InterruptedException {
            Write write = new Write(Kind.PROGRESS_UPDATE, marker(Kind.PROGRESS_UPDATE), false);
            write.projectId = projectId;
            single(write, home + "/api/projects/" + projectId + "/updates", progressBody(write));
        }

        /** 5 to 20 items, progress updates and expenditure, one in ten of no amount (refused alone); sent whole until a 200. */
        void syncBatch() throws InterruptedException {
            ObjectNode batch = JSON.createObjectNode();
            ArrayNode items = batch.putArray("items");
            List<Write> batchWrites = new ArrayList<>();
            int size = 5 + random.nextInt(16);
            for (int i = 0; i < size; i++) {
                ObjectNode item = items.addObject();
                Write write;
                if (random.nextBoolean()) {
                    write = new Write(Kind.SYNC_PROGRESS_UPDATE, marker(Kind.SYNC_PROGRESS_UPDATE), false);
                    write.projectId = projectId;
                    item.put("idempotencyKey", write.key).put("projectId", projectId).set("progressUpdate", progressBody(write));
                } else {
                    boolean refused = random.nextInt(10) == 0;
                    write = new Write(Kind.SYNC_EXPENDITURE, marker(Kind.SYNC_EXPENDITURE), refused);
                    item.put("idempotencyKey", write.key)
                            .set("expenditure", expenditureBody(write, false, refused ? BigDecimal.ZERO : money(10, 800)));
                }
                batchWrites.add(write);
            }
            writes.addAll(batchWrites);
            HttpRequest request = HttpRequest.newBuilder(URI.create(home + "/api/field-updates/sync")).timeout(CLIENT_TIMEOUT.multipliedBy(2))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(batch.toString())).build();
            Final answer = send(request, System.nanoTime() + RESOLVE_WITHIN.toNanos(), batchWrites.get(0));
            for (int i = 0; i < batchWrites.size(); i++) {
                Write write = batchWrites.get(i);
                write.attempts = batchWrites.get(0).attempts;
                if (answer == null) {
                    write.answer = Answer.UNRESOLVED;
                    continue;
                }
                if (answer.status() != 200) {
                    write.status = answer.status();
                    write.problem = answer.body().toString();
                    write.answer = Answer.REFUSED;
                    continue;
                }
                JsonNode result = answer.body().path("items").path(i);
                write.status = result.path("status").asInt();
                switch (result.path("outcome").asText()) {
                    case "CREATED", "REPLAYED" -> {
                        write.id = result.path("entry").path("id").asText(null);
                        write.answer = Answer.ACKNOWLEDGED;
                    }
                    default -> {
                        write.problem = result.path("problem").toString();
                        write.answer = Answer.REFUSED;
                    }
                }
            }
        }
    }

    // ---- after the faults ----

    void awaitRecovery() throws InterruptedException {
        Path recovered = dir.resolve("recovered");
        long deadline = System.nanoTime() + RECOVERY_WAIT.toNanos();
        if (!Files.exists(recovered)) {
            System.out.println("Waiting for the faults to be over (every process killed back and ready)...");
        }
        while (!Files.exists(recovered)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the faults were not over within " + RECOVERY_WAIT.toSeconds() + " s");
            }
            Thread.sleep(100);
        }
    }

    /** Everything the services hold, listed from their own APIs. */
    final class Holdings {
        final List<JsonNode> contributions = listAll(BankInvariant.this.contributions + "/api/contributions");
        final List<JsonNode> income = listAll(BankInvariant.this.contributions + "/api/income");
        final List<JsonNode> pledges = listAll(BankInvariant.this.contributions + "/api/pledges");
        final long donors = total(BankInvariant.this.contributions + "/api/donors");
        final List<JsonNode> expenditure = listAll(projects + "/api/expenditures");
        final long projectCount = total(projects + "/api/projects");
        final List<JsonNode> updates = new ArrayList<>();

        Holdings() {
            for (String projectId : projectIds) {
                updates.addAll(listAll(projects + "/api/projects/" + projectId + "/updates"));
            }
        }

        /** The figures fund status must show, summed from the lists. */
        Map<String, BigDecimal> figures() {
            Map<String, BigDecimal> figures = new TreeMap<>();
            figures.put("income CONTRIBUTIONS_RECEIVED", sum(contributions, entry -> true));
            for (String kind : List.of("INVESTMENT", "MISCELLANEOUS", "PRIOR_YEAR_PLEDGE_RECEIPT")) {
                figures.put("income " + kind, sum(income, entry -> entry.path("kind").asText().equals(kind)));
            }
            figures.put("income EXCHANGE_GAINS_LOSSES", sum(income, entry -> entry.path("kind").asText().equals("EXCHANGE_GAIN_LOSS"))
                    .add(contributions.stream().map(entry -> decimal(entry.path("exchangeDifferenceUsd"))).reduce(BigDecimal.ZERO, BigDecimal::add)));
            BigDecimal income = figures.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal spent = BigDecimal.ZERO;
            for (String category : CATEGORIES) {
                BigDecimal amount = sum(expenditure, entry -> entry.path("costCategory").asText().equals(category));
                figures.put("expenditure " + category, amount);
                spent = spent.add(amount);
            }
            figures.put("income total", income);
            figures.put("expenditure total", spent);
            figures.put("pledges outstanding", pledges.stream().map(p -> decimal(p.path("outstandingUsd"))).reduce(BigDecimal.ZERO, BigDecimal::add));
            figures.put("donors registered", BigDecimal.valueOf(donors));
            figures.put("projects", BigDecimal.valueOf(projectCount));
            return figures;
        }

        static BigDecimal sum(List<JsonNode> entries, java.util.function.Predicate<JsonNode> which) {
            return entries.stream().filter(which).map(entry -> decimal(entry.path("amountUsd"))).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    static BigDecimal decimal(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? BigDecimal.ZERO : new BigDecimal(node.asText());
    }

    /** The same figures as fund status shows them. */
    static Map<String, BigDecimal> statusFigures(JsonNode status) {
        Map<String, BigDecimal> figures = new TreeMap<>();
        for (JsonNode line : status.path("income").path("byKind")) {
            figures.put("income " + line.path("code").asText(), decimal(line.path("amountUsd")));
        }
        for (JsonNode line : status.path("expenditure").path("byCategory")) {
            figures.put("expenditure " + line.path("code").asText(), decimal(line.path("amountUsd")));
        }
        figures.put("income total", decimal(status.path("income").path("totalUsd")));
        figures.put("expenditure total", decimal(status.path("expenditure").path("totalUsd")));
        figures.put("pledges outstanding", decimal(status.path("pledgesOutstanding").path("totalUsd")));
        figures.put("donors registered", decimal(status.path("donors").path("registered")));
        figures.put("projects", decimal(status.path("projects").path("count")));
        return figures;
    }

    static List<String> differences(Map<String, BigDecimal> expected, Map<String, BigDecimal> actual) {
        List<String> differences = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> figure : expected.entrySet()) {
            BigDecimal shown = actual.getOrDefault(figure.getKey(), BigDecimal.ZERO);
            if (shown.compareTo(figure.getValue()) != 0) {
                differences.add(figure.getKey() + ": services " + figure.getValue().toPlainString() + ", fund status " + shown.toPlainString());
            }
        }
        return differences;
    }

    List<JsonNode> listAll(String url) {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 0;; page++) {
            JsonNode body = get(url + "?size=200&page=" + page);
            body.path("items").forEach(items::add);
            if (body.path("items").size() < 200) {
                return items;
            }
        }
    }

    long total(String url) {
        return get(url + "?size=1").path("total").asLong();
    }

    JsonNode get(String url) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + url + " answered " + response.statusCode() + " " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + url + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
    }

    /** Fund status as one gateway instance showed it at one moment (System.nanoTime). */
    record Snapshot(long at, int gateway, Map<String, BigDecimal> figures) {
    }

    boolean check(long recoveredAt) throws InterruptedException {
        // From recovery on, fund status is read every 200 ms while the services' lists are read (which may take a while
        // on a busy machine): the gateway's convergence is timed by its own answers, not by the listing.
        ConcurrentLinkedQueue<Snapshot> snapshots = new ConcurrentLinkedQueue<>();
        java.util.concurrent.atomic.AtomicBoolean polling = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread poller = startThread(() -> {
            while (polling.get()) {
                for (int g = 0; g < gateways.size(); g++) {
                    try {
                        snapshots.add(new Snapshot(System.nanoTime(), g, statusFigures(get(gateways.get(g) + "/api/fund/status"))));
                    } catch (IllegalStateException e) {
                        // the gateway did not answer this time: the next read tells
                    }
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "status-poller");
        Holdings holdings = new Holdings();
        Map<String, BigDecimal> expected = holdings.figures();
        long listed = System.nanoTime();
        long deadline = recoveredAt + Duration.ofSeconds(CONVERGENCE_SECONDS).toNanos();
        // Each instance's first status equal to the sums; the last status read of each that is not (yet).
        Snapshot[] matchedBy = new Snapshot[gateways.size()];
        Snapshot[] lastBy = new Snapshot[gateways.size()];
        while (true) {
            for (Snapshot snapshot : snapshots) {
                lastBy[snapshot.gateway()] = snapshot;
                if (matchedBy[snapshot.gateway()] == null && differences(expected, snapshot.figures()).isEmpty()) {
                    matchedBy[snapshot.gateway()] = snapshot;
                }
            }
            boolean allMatched = Arrays.stream(matchedBy).allMatch(Objects::nonNull);
            boolean allReadLate = Arrays.stream(lastBy).allMatch(last -> last != null && last.at() > Math.max(deadline, listed));
            boolean gaveUp = System.nanoTime() > Math.max(deadline, listed) + Duration.ofSeconds(60).toNanos();
            if (allMatched || allReadLate || gaveUp) {
                break;
            }
            Thread.sleep(100);
        }
        polling.set(false);
        poller.join();
        List<String> different = new ArrayList<>();
        Snapshot matched = null;
        for (int g = 0; g < gateways.size(); g++) {
            String instance = gateways.size() > 1 ? gateways.get(g) + ": " : "";
            if (matchedBy[g] == null) {
                if (lastBy[g] == null) {
                    different.add(instance + "the gateway did not answer GET /api/fund/status");
                } else {
                    differences(expected, lastBy[g].figures()).forEach(line -> different.add(instance + line));
                }
            } else if (different.isEmpty() && (matched == null || matchedBy[g].at() > matched.at())) {
                matched = matchedBy[g];
            }
        }
        matched = different.isEmpty() ? matched : null;
        double convergedIn = matched == null ? Double.NaN : (matched.at() - recoveredAt) / 1e9;
        boolean converged = matched != null && matched.at() <= deadline;
        Tally tally = new Tally(holdings);
        tally.count(writes);

        System.out.println();
        System.out.println("Bank invariant");
        System.out.printf("  writes attempted     %7d   (%s)%n", tally.attempted, tally.byKind());
        System.out.printf("  acknowledged         %7d%n", tally.acknowledged);
        System.out.printf("  refused              %7d   (meant to be refused: %d of %d)%n", tally.refused, tally.refusedAsMeant,
                tally.meantToBeRefused);
        System.out.printf("  retried              %7d   writes sent more than once (%d retries, %d requests in all)%n", tally.retried,
                retries.get(), requests.get());
        System.out.printf("  lost                 %7d%n", tally.lost);
        System.out.printf("  doubled              %7d%n", tally.doubled);
        System.out.printf("  refused but present  %7d%n", tally.refusedPresent);
        System.out.printf("  unresolved           %7d   (no final answer within %d s)%n", tally.unresolved, RESOLVE_WITHIN.toSeconds());
        System.out.printf("  refused unexpectedly %7d%n", tally.refusedUnexpectedly);
        System.out.printf("  fund status          %s%n", matched != null
                ? String.format("equal to the services' sums %.1f s after recovery%s (%d figures: income by kind, expenditure by"
                        + " category, totals, pledges outstanding, donors, projects)%s", Math.max(0, convergedIn),
                        converged ? "" : ", LATER than " + CONVERGENCE_SECONDS + " s", expected.size(),
                        gateways.size() > 1 ? ", on each of the " + gateways.size() + " gateway instances" : "")
                : "DIFFERENT from the services' sums " + CONVERGENCE_SECONDS + " s after recovery");
        different.forEach(line -> System.out.println("      " + line));
        tally.examples.forEach(line -> System.out.println("      " + line));
        ReadModelAudit.Findings events = audit.examine();
        System.out.printf("  events on the topics %7d   (%d distinct, %d delivered more than once by the relay)%n", events.records(),
                events.distinct(), events.records() - events.distinct());
        System.out.printf("  not in read model    %7d   events on a topic the read model never applied%n", events.missing());
        System.out.printf("  applied out of order %7d   events applied before an earlier event of their aggregate (%d aggregates)%n",
                events.outOfOrder(), events.aggregates());
        System.out.printf("  parked               %7d   records in the gateway's dead-letter table%n", events.parked());
        events.examples().forEach(line -> System.out.println("      " + line));
        boolean rebuildEqual = rebuild();
        System.out.printf("  rebuild              %s%n", rebuildEqual ? "from offset zero, equal to the live read model"
                : "NOT equal to the live read model");
        return converged && rebuildEqual && events.missing() == 0 && events.outOfOrder() == 0 && events.parked() == 0
                && tally.lost == 0 && tally.doubled == 0 && tally.refusedPresent == 0
                && tally.unresolved == 0 && tally.refusedUnexpectedly == 0;
    }

    /** Counts the writes against what the services hold. */
    static final class Tally {
        int attempted, acknowledged, refused, retried, lost, doubled, refusedPresent, unresolved, refusedUnexpectedly;
        int meantToBeRefused, refusedAsMeant;
        final Map<Kind, Integer> kinds = new TreeMap<>();
        final List<String> examples = new ArrayList<>();
        /** marker -> ids of the entries carrying it. */
        final Map<String, List<String>> present = new HashMap<>();

        Tally(Holdings holdings) {
            index(holdings.contributions, entry -> entry.path(entry.path("reversesContributionId").isTextual() ? "reason" : "bankReference").asText());
            index(holdings.income, entry -> entry.path("reversedIncomeId").isTextual() ? "reversal-of-" + entry.path("reversedIncomeId").asText()
                    : entry.path("description").asText());
            index(holdings.pledges, entry -> "pledge-" + new BigDecimal(entry.path("amount").asText()).setScale(2).toPlainString());
            index(holdings.expenditure, entry -> entry.path("description").asText());
            index(holdings.updates, entry -> entry.path("narrative").asText());
        }

        void index(List<JsonNode> entries, Function<JsonNode, String> marker) {
            for (JsonNode entry : entries) {
                present.computeIfAbsent(marker.apply(entry), m -> new ArrayList<>()).add(entry.path("id").asText());
            }
        }

        /** An income reversal has no text of its own in the list: it is found as the reversal of its original. */
        static String markerOf(Write write) {
            return switch (write.kind) {
                case PLEDGE -> "pledge-" + write.amount.setScale(2).toPlainString();
                case INCOME_REVERSAL -> "reversal-of-" + write.originalId;
                default -> write.marker;
            };
        }

        void count(Iterable<Write> writes) {
            for (Write write : writes) {
                attempted++;
                kinds.merge(write.kind, 1, Integer::sum);
                if (write.attempts > 1) {
                    retried++;
                }
                if (write.meantToBeRefused) {
                    meantToBeRefused++;
                }
                List<String> ids = present.getOrDefault(markerOf(write), List.of());
                switch (write.answer) {
                    case ACKNOWLEDGED -> {
                        acknowledged++;
                        if (write.meantToBeRefused) {
                            note("acknowledged though meant to be refused: " + write.kind + " " + write.marker + " id " + write.id);
                        }
                        if (ids.isEmpty() || !ids.contains(write.id)) {
                            lost++;
                            note("lost: " + write.kind + " " + write.marker + " acknowledged as " + write.id + ", present as " + ids);
                        } else if (ids.size() > 1) {
                            doubled++;
                            note("doubled: " + write.kind + " " + write.marker + " present as " + ids);
                        }
                    }
                    case REFUSED -> {
                        refused++;
                        if (write.meantToBeRefused) {
                            refusedAsMeant++;
                        } else {
                            refusedUnexpectedly++;
                            note("refused unexpectedly: " + write.kind + " " + write.marker + " " + write.status + " " + write.problem);
                        }
                        // A second reversal refused leaves the first reversal present: that one is not this write.
                        boolean presentAnyway = write.kind == Kind.INCOME_REVERSAL && write.meantToBeRefused ? false : !ids.isEmpty();
                        if (presentAnyway) {
                            refusedPresent++;
                            note("refused but present: " + write.kind + " " + write.marker + " as " + ids);
                        }
                    }
                    default -> {
                        unresolved++;
                        note("unresolved: " + write.kind + " " + write.marker);
                    }
                }
            }
        }

        void note(String line) {
            if (examples.size() < 20) {
                examples.add(line);
            }
        }

        String byKind() {
            StringBuilder text = new StringBuilder();
            kinds.forEach((kind, n) -> text.append(text.isEmpty() ? "" : ", ").append(kind.name().toLowerCase().replace('_', ' ')).append(' ').append(n));
            return text.toString();
        }
    }

    /** Rebuilds the gateway's read model from offset zero and answers whether it equals the live one. */
    boolean rebuild() throws InterruptedException {
        HttpRequest start = HttpRequest.newBuilder(URI.create(gateway + "/api/fund/rebuilds")).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build();
        Final started = send(start, System.nanoTime() + Duration.ofSeconds(60).toNanos(), null);
        if (started == null || started.status() != 202) {
            System.out.println("  rebuild could not start: " + (started == null ? "no answer" : started.status() + " " + started.body()));
            return false;
        }
        String id = started.body().path("id").asText();
        long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode rebuild = get(gateway + "/api/fund/rebuilds/" + id);
            switch (rebuild.path("status").asText()) {
                case "DONE" -> {
                    if (!rebuild.path("equal").asBoolean(false)) {
                        System.out.println("  rebuild differences: " + rebuild.path("differences"));
                    }
                    return rebuild.path("equal").asBoolean(false);
                }
                case "FAILED" -> {
                    System.out.println("  rebuild failed: " + rebuild.path("failure").asText());
                    return false;
                }
                default -> Thread.sleep(500);
            }
        }
        System.out.println("  rebuild not done within 300 s");
        return false;
    }

    /**
     * What the gateway's read model holds of the events on the fund topics, read from the broker (every partition from
     * offset zero) and from the read model's own tables: every event applied, each before the later events of its
     * aggregate (an aggregate's events share a partition, in the order they were written), nothing parked.
     */
    static final class ReadModelAudit {

        static final List<String> TOPICS = List.of("fund.contributions.v1", "fund.projects.v1", "fund.recommendations.v1");

        record Findings(long records, long distinct, long missing, long outOfOrder, long aggregates, long parked,
                List<String> examples) {
        }

        private final String bootstrapServers;
        private final String jdbcUrl;

        ReadModelAudit(String bootstrapServers, String jdbcUrl) {
            this.bootstrapServers = bootstrapServers;
            this.jdbcUrl = jdbcUrl;
        }

        Findings examine() {
            Map<String, Instant> applied = new HashMap<>();
            long parked;
            try (Connection connection = DriverManager.getConnection(jdbcUrl);
                    Statement statement = connection.createStatement()) {
                try (ResultSet rows = statement.executeQuery("SELECT source, event_id::text, applied_at FROM inbox_event")) {
                    while (rows.next()) {
                        applied.put(rows.getString(1) + " " + rows.getString(2), rows.getTimestamp(3).toInstant());
                    }
                }
                try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM dead_letter WHERE status = 'PARKED'")) {
                    rows.next();
                    parked = rows.getLong(1);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("the read model could not be read at " + jdbcUrl + ": " + e.getMessage());
            }
            long records = 0;
            long missing = 0;
            long outOfOrder = 0;
            Set<String> seen = new HashSet<>();
            Map<String, Instant> lastAppliedOfAggregate = new HashMap<>();
            List<String> examples = new ArrayList<>();
            for (ConsumerRecord<String, String> record : everyRecord()) {
                records++;
                JsonNode event = parse(record.value());
                String key = event.path("source").asText() + " " + event.path("id").asText();
                if (!seen.add(key)) {
                    continue; // the relay delivered it again (at least once): the read model applies it once
                }
                Instant at = applied.get(key);
                if (at == null) {
                    missing++;
                    if (examples.size() < 10) {
                        examples.add("not applied: " + event.path("type").asText() + " " + key + " (" + record.topic() + "-"
                                + record.partition() + "@" + record.offset() + ")");
                    }
                    continue;
                }
                String aggregate = record.topic() + " " + event.path("subject").asText();
                Instant before = lastAppliedOfAggregate.get(aggregate);
                if (before != null && at.isBefore(before)) {
                    outOfOrder++;
                    if (examples.size() < 10) {
                        examples.add("applied before an earlier event of its aggregate: " + event.path("type").asText() + " " + key);
                    }
                } else {
                    lastAppliedOfAggregate.put(aggregate, at);
                }
            }
            return new Findings(records, seen.size(), missing, outOfOrder, lastAppliedOfAggregate.size(), parked, examples);
        }

        /** Every record of the fund topics, partition by partition, in offset order. */
        List<ConsumerRecord<String, String>> everyRecord() {
            Properties settings = new Properties();
            settings.put("bootstrap.servers", bootstrapServers);
            settings.put("enable.auto.commit", "false");
            settings.put("max.poll.records", "5000");
            List<ConsumerRecord<String, String>> all = new ArrayList<>();
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                    settings, new StringDeserializer(),
                    new StringDeserializer())) {
                List<TopicPartition> partitions = new ArrayList<>();
                for (String topic : TOPICS) {
                    consumer.partitionsFor(topic, Duration.ofSeconds(30))
                            .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
                }
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(30));
                long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
                while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("the fund topics could not be read to their end within 120 s");
                    }
                    consumer.poll(Duration.ofMillis(500)).forEach(all::add);
                }
            }
            // A partition's records in offset order; the order between partitions does not matter.
            all.sort(Comparator.comparing((ConsumerRecord<String, String> r) -> r.topic())
                    .thenComparingInt(r -> r.partition()).thenComparingLong(r -> r.offset()));
            return all;
        }
    }
}
