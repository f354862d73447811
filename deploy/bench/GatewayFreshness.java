import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import org.ohchr.uprfund.deploy.measure.BenchFigure;
import org.ohchr.uprfund.deploy.measure.DonorRegistration;
import org.ohchr.uprfund.deploy.measure.Percentiles;

/**
 * How fresh the gateway's fund status is: from a write acknowledged by contributions-service (its 201) until the
 * write shows in {@code GET /api/fund/status}, at a steady rate of writes.
 * <p>
 * Each write registers a PRIVATE donor; fund status counts the donors ({@code donors.registered}). One thread reads
 * fund status back to back (conditionally, with {@code If-None-Match}, when the gateway sends an {@code ETag}) and
 * notes the first moment each count was seen. The write whose 201 came k-th is taken to be visible when the count
 * first reached (count before the run) + k; a write is visible at the end of the read that first showed it, so the
 * figures include one read of fund status. Writes on other partitions may be applied in another order than their 201s
 * came back: the figures are then those of the k-th visible write, which has the same distribution.
 * <p>
 * Alongside, a consumer of fund.contributions.v1, positioned at its end before the first write, notes when each write's
 * DonorRegistered reaches the broker (matched by the 201's id): the part upstream of the gateway (the service's outbox
 * and Kafka), measured in the same run; "on Kafka -> in fund status" is then the gateway's part (the k-th arrival on the
 * broker against the k-th write visible).
 * <p>
 * Run by deploy/bench/gateway: {@code java -cp 'deploy/target/kafka/libs/*:deploy/target/classes' deploy/bench/GatewayFreshness.java
 * <gateway url> <contributions url> <kafka bootstrap> <writes per second> <measured seconds> <warm-up seconds>}, with a
 * fund-manager token in FUND_TOKEN. Exit 1 when a write fails or a write is still not visible 10 s after the last 201.
 */
public class GatewayFreshness {

    static final Duration GRACE = Duration.ofSeconds(10);
    static final Pattern REGISTERED = Pattern.compile("\"registered\"\\s*:\\s*(\\d+)");
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    static final Pattern DONOR_ID = Pattern.compile("\"donorId\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    static final String TOPIC = "fund.contributions.v1";

    public static void main(String[] args) throws Exception {
        if (args.length != 6 || System.getenv("FUND_TOKEN") == null) {
            System.err.println("usage: FUND_TOKEN=<fund-manager token> java -cp 'deploy/target/kafka/libs/*:deploy/target/classes' GatewayFreshness.java"
                    + " <gateway url> <contributions url> <kafka bootstrap> <writes/s> <seconds> <warm-up seconds>");
            System.exit(2);
        }
        GatewayFreshness bench = new GatewayFreshness(args[0].replaceAll("/+$", ""), args[1].replaceAll("/+$", ""), args[2],
                System.getenv("FUND_TOKEN"));
        try {
            System.exit(bench.run(Integer.parseInt(args[3]), Integer.parseInt(args[4]), Integer.parseInt(args[5])));
        } catch (IllegalStateException e) {
            System.err.println("gateway freshness: " + e.getMessage());
            System.exit(1);
        }
    }

    private final String bootstrap;
    /** When each write's event reached the broker (System.nanoTime), by donor id. */
    private final Map<String, Long> onKafka = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI status;
    private final URI donors;
    private final String token;
    private final String runId = UUID.randomUUID().toString().substring(0, 8);
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();
    private volatile String firstFailure;
    /** The 201s in the order they came back: when, whether the write is measured (not warm-up), and its donor id. */
    private final ConcurrentLinkedQueue<Write> acknowledged = new ConcurrentLinkedQueue<>();
    /** seenAt[c] = when fund status first showed c donors more than before the run (System.nanoTime), 0 until then. */
    private AtomicLongArray seenAt;
    private volatile boolean reading = true;
    private final AtomicLong reads = new AtomicLong();
    private final AtomicLong readNanos = new AtomicLong();

    GatewayFreshness(String gatewayUrl, String contributionsUrl, String bootstrap, String token) {
        this.bootstrap = bootstrap;
        this.status = URI.create(gatewayUrl + "/api/fund/status");
        this.donors = URI.create(contributionsUrl + "/api/donors");
        this.token = token;
    }

    int run(int rate, int seconds, int warmup) throws Exception {
        int ticks = rate * (warmup + seconds);
        int warmupTicks = rate * warmup;
        seenAt = new AtomicLongArray(ticks + 1);
        long base = settledCount();
        KafkaConsumer<String, String> consumer = consumerAtEnd();
        Thread kafka = new Thread(() -> consume(consumer), "kafka-reader");
        kafka.start();
        Thread reader = new Thread(() -> read(base), "status-reader");
        reader.start();

        long period = TimeUnit.SECONDS.toNanos(1) / rate;
        CountDownLatch done = new CountDownLatch(1);
        AtomicInteger tick = new AtomicInteger();
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        scheduler.scheduleAtFixedRate(() -> {
            int n = tick.getAndIncrement();
            if (n < ticks) {
                write(n >= warmupTicks);
            } else if (n == ticks) {
                done.countDown();
            }
        }, 0, period, TimeUnit.NANOSECONDS);
        done.await();
        scheduler.shutdown();
        while (inFlight.get() > 0) {
            Thread.sleep(10);
        }
        int acked = acknowledged.size();
        long deadline = System.nanoTime() + GRACE.toNanos();
        while (System.nanoTime() < deadline && seenAt.get(acked) == 0) {
            Thread.sleep(20);
        }
        reading = false;
        reader.join();
        kafka.join();
        return report(rate, seconds, acked);
    }

    /** The donor count once two reads a second apart agree (a previous run's events may still be arriving). */
    private long settledCount() throws Exception {
        long previous = -1;
        for (int attempt = 0; attempt < 30; attempt++) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(status).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + status + " answered " + response.statusCode() + ": " + response.body());
            }
            long count = registered(response.body());
            if (count == previous) {
                return count;
            }
            previous = count;
            Thread.sleep(1000);
        }
        throw new IllegalStateException("the donor count in fund status did not settle within 30 s");
    }

    private void read(long base) {
        String etag = null;
        int highest = 0;
        while (reading) {
            HttpRequest.Builder request = HttpRequest.newBuilder(status).timeout(Duration.ofSeconds(10));
            if (etag != null) {
                request.header("If-None-Match", etag);
            }
            long started = System.nanoTime();
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                long at = System.nanoTime();
                reads.incrementAndGet();
                readNanos.addAndGet(at - started);
                if (response.statusCode() == 304) {
                    continue;
                }
                etag = response.headers().firstValue("ETag").orElse(null);
                int seen = (int) Math.min(seenAt.length() - 1, Math.max(0, registered(response.body()) - base));
                for (int c = highest + 1; c <= seen; c++) {
                    seenAt.set(c, at);
                }
                highest = Math.max(highest, seen);
            } catch (Exception e) {
                failed("GET " + status + ": " + e);
            }
        }
    }

    /** Assigned to every partition of the topic, positioned at its end before the first write. */
    private KafkaConsumer<String, String> consumerAtEnd() {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 5), new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(TOPIC).stream()
                .map(info -> new TopicPartition(TOPIC, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }

    private void consume(KafkaConsumer<String, String> consumer) {
        try (consumer) {
            while (reading) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(5))) {
                    long at = System.nanoTime();
                    Matcher donor = DONOR_ID.matcher(record.value() == null ? "" : record.value());
                    if (record.value() != null && record.value().contains("DonorRegistered") && donor.find()) {
                        onKafka.putIfAbsent(donor.group(1), at);
                    }
                }
            }
        }
    }

    private static long registered(String body) {
        Matcher matcher = REGISTERED.matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException("fund status has no donors.registered: " + body);
        }
        return Long.parseLong(matcher.group(1));
    }

    private void write(boolean measured) {
        inFlight.incrementAndGet();
        String name = "Gateway benchmark " + runId + " " + sequence.incrementAndGet();
        HttpRequest request = DonorRegistration.request(donors, token, name);
        http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
            long at = System.nanoTime();
            try {
                Matcher id = error == null ? ID.matcher(response.body()) : null;
                if (error == null && response.statusCode() == 201 && id.find()) {
                    acknowledged.add(new Write(at, measured, id.group(1)));
                } else {
                    failed("POST " + donors + ": " + (error != null ? error.toString() : response.statusCode() + " " + response.body()));
                }
            } finally {
                inFlight.decrementAndGet();
            }
        });
    }

    private void failed(String why) {
        if (failures.getAndIncrement() == 0) {
            firstFailure = why;
        }
    }

    private int report(int rate, int seconds, int acked) {
        List<Write> inOrder = new ArrayList<>(acknowledged);
        inOrder.sort((a, b) -> Long.compare(a.acknowledgedAt, b.acknowledgedAt));
        List<Long> arrivals = new ArrayList<>();
        for (Write write : inOrder) {
            Long arrival = onKafka.get(write.donorId);
            if (arrival != null) {
                arrivals.add(arrival);
            }
        }
        arrivals.sort(Long::compare);
        List<Double> visible = new ArrayList<>();
        List<Double> upstream = new ArrayList<>();
        List<Double> gateway = new ArrayList<>();
        int missing = 0;
        for (int k = 1; k <= inOrder.size(); k++) {
            Write write = inOrder.get(k - 1);
            if (!write.measured) {
                continue;
            }
            Long arrival = onKafka.get(write.donorId);
            if (arrival != null) {
                upstream.add(Math.max(0, arrival - write.acknowledgedAt) / 1e6);
            }
            if (seenAt.get(k) == 0) {
                missing++;
                continue;
            }
            visible.add(Math.max(0, seenAt.get(k) - write.acknowledgedAt) / 1e6);
            if (k <= arrivals.size()) {
                gateway.add(Math.max(0, seenAt.get(k) - arrivals.get(k - 1)) / 1e6);
            }
        }
        double[] sorted = Percentiles.sorted(visible);
        double meanRead = reads.get() == 0 ? Double.NaN : readNanos.get() / 1e6 / reads.get();
        System.out.printf("freshness, %d writes/s for %d s (%d writes measured, %d not visible)%n", rate, seconds,
                visible.size() + missing, missing);
        System.out.printf("%-26s %9s %9s %9s %9s%n", "", "p50", "p90", "p99", "max");
        print("201 -> in fund status", sorted);
        print("201 -> on Kafka", Percentiles.sorted(upstream));
        print("on Kafka -> in fund status", Percentiles.sorted(gateway));
        System.out.printf("201 -> on Kafka: the service's outbox and the broker, upstream of the gateway (a consumer of %s, same run);"
                + " on Kafka -> in fund status: the gateway's part.%n", TOPIC);
        System.out.printf("Fund status read back to back: %d reads, %.2f ms each on average (the resolution).%n", reads.get(),
                meanRead);
        double p99 = Percentiles.of(sorted, 99);
        System.out.printf("FRESHNESS p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f max_ms=%.1f missing=%d kafka_p99_ms=%.1f gateway_part_p99_ms=%.1f"
                + " (target: p99 <= 100 ms: %s)%n", Percentiles.of(sorted, 50), Percentiles.of(sorted, 90), p99,
                Percentiles.max(sorted), missing, Percentiles.of(Percentiles.sorted(upstream), 99),
                Percentiles.of(Percentiles.sorted(gateway), 99), missing == 0 && p99 <= 100 ? "met" : "NOT met");
        BenchFigure.print("fund status freshness p99 at " + rate + " writes/s", p99, "ms", Percentiles.of(Percentiles.sorted(upstream), 99), "201 -> on Kafka p99",
                "<= 100");
        System.out.printf("Machine: %d CPUs, load average %.1f over the last minute.%n", Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        int exit = 0;
        if (failures.get() > 0) {
            System.err.printf("gateway freshness: %d requests failed (first: %s)%n", failures.get(), firstFailure);
            exit = 1;
        }
        if (missing > 0) {
            System.err.printf("gateway freshness: %d writes not visible in fund status %d s after the last 201%n", missing,
                    GRACE.toSeconds());
            exit = 1;
        }
        return exit;
    }


    private static void print(String label, double[] sorted) {
        System.out.printf("%-26s %9s %9s %9s %9s%n", label, Percentiles.ms(Percentiles.of(sorted, 50)), Percentiles.ms(Percentiles.of(sorted, 90)),
                Percentiles.ms(Percentiles.of(sorted, 99)), Percentiles.ms(Percentiles.max(sorted)));
    }

    /** A write acknowledged: when its 201 came, whether it is measured, and the donor it registered. */
    private record Write(long acknowledgedAt, boolean measured, String donorId) {
    }



}
