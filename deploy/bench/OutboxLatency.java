import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.ohchr.uprfund.deploy.measure.BenchFigure;
import org.ohchr.uprfund.deploy.measure.DonorRegistration;
import org.ohchr.uprfund.deploy.measure.Percentiles;

/**
 * Measures how long an event takes to reach Kafka through the contributions service's outbox: from a write's 201 to
 * its DonorRegistered being readable on fund.contributions.v1, at a steady rate. Alongside, as a baseline, the same
 * consumer reads records this program produces itself to a scratch topic at the same rate (Kafka alone).
 * <p>
 * Run by deploy/bench/outbox-latency: {@code java -cp 'deploy/target/kafka/libs/*:deploy/target/classes' deploy/bench/OutboxLatency.java
 * <api url> <kafka bootstrap> <writes per second> <measured seconds> <warm-up seconds>}, with a fund-manager token in
 * the environment variable FUND_TOKEN. Exit 1 when a write fails or an event is missing after the grace period.
 */
public class OutboxLatency {

    static final String EVENT_TOPIC = "fund.contributions.v1";
    static final String BASELINE_TOPIC = "bench.baseline";
    static final String DONOR_REGISTERED = "org.ohchr.uprfund.contributions.DonorRegistered";
    static final Duration GRACE = Duration.ofSeconds(10);
    static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        if (args.length != 5 || System.getenv("FUND_TOKEN") == null) {
            System.err.println("usage: FUND_TOKEN=<fund-manager token> java OutboxLatency.java"
                    + " <api url> <kafka bootstrap> <writes/s> <seconds> <warm-up seconds>");
            System.exit(2);
        }
        String apiUrl = args[0].replaceAll("/+$", "");
        String bootstrap = args[1];
        int rate = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        int warmup = Integer.parseInt(args[4]);
        try {
            System.exit(new OutboxLatency(apiUrl, bootstrap, System.getenv("FUND_TOKEN")).run(rate, seconds, warmup));
        } catch (IllegalStateException | java.io.IOException | java.util.concurrent.ExecutionException e) {
            System.err.println("outbox-latency: " + (e.getMessage() != null ? e.getMessage() : e));
            System.exit(1);
        }
    }

    private final String bootstrap;
    private final DonorWriter writer;
    /** Arrival times (System.nanoTime) by donor id, and by baseline record key. */
    private final Map<String, Long> eventArrivals = new ConcurrentHashMap<>();
    private final Map<String, Long> baselineArrivals = new ConcurrentHashMap<>();
    private volatile boolean consuming = true;

    OutboxLatency(String apiUrl, String bootstrap, String token) {
        this.bootstrap = bootstrap;
        this.writer = new DonorWriter(apiUrl, token);
    }

    int run(int rate, int seconds, int warmup) throws Exception {
        writer.probe();
        ensureTopics();
        KafkaConsumer<String, String> consumer = consumerAtEnd();
        Thread consumerThread = new Thread(() -> consume(consumer), "bench-consumer");
        consumerThread.start();

        long period = TimeUnit.SECONDS.toNanos(1) / rate;
        int warmupTicks = rate * warmup;
        int ticks = rate * (warmup + seconds);
        Baseline baseline = new Baseline(bootstrap);
        CountDownLatch done = new CountDownLatch(2);
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
        scheduler.scheduleAtFixedRate(new Ticker(ticks, done, tick -> writer.write(tick >= warmupTicks)), 0, period,
                TimeUnit.NANOSECONDS);
        // Half a period later, so that a write and a baseline record never leave at the same instant.
        scheduler.scheduleAtFixedRate(new Ticker(ticks, done, tick -> baseline.send(tick >= warmupTicks)), period / 2,
                period, TimeUnit.NANOSECONDS);
        done.await();
        scheduler.shutdown();

        writer.awaitResponses();
        long deadline = System.nanoTime() + GRACE.toNanos();
        while (System.nanoTime() < deadline && !(eventArrivals.keySet().containsAll(writer.accepted.keySet())
                && baselineArrivals.keySet().containsAll(baseline.sent.keySet()))) {
            Thread.sleep(50);
        }
        consuming = false;
        consumerThread.join();
        baseline.close();

        return report(rate, seconds, baseline);
    }

    private int report(int rate, int seconds, Baseline baseline) {
        Latencies outbox = Latencies.between(writer.accepted, eventArrivals);
        Latencies kafka = Latencies.between(baseline.sent, baselineArrivals);
        int writes = rate * seconds;
        System.out.printf("outbox latency, %d writes/s for %d s (%d writes, %d missing)%n", rate, seconds, writes, outbox.missing);
        System.out.printf("%-20s %9s %9s %9s %9s%n", "", "p50", "p90", "p99", "max");
        outbox.print("write 201 -> event");
        kafka.print("Kafka alone");
        System.out.printf("%-20s %9s %9s %9s %9s%n", "ratio", ratio(outbox.p50, kafka.p50), ratio(outbox.p90, kafka.p90),
                ratio(outbox.p99, kafka.p99), ratio(outbox.max, kafka.max));
        BenchFigure.print("outbox: write 201 -> event on Kafka p99", outbox.p99, "ms", kafka.p99, "Kafka alone p99", "-");
        System.out.printf("Kafka alone: produce to consume on the same broker (%s, acks=all, linger.ms=0, same rate, same"
                + " consumer, at the same time); measured from the start of each send.%n", BASELINE_TOPIC);
        System.out.printf("Machine: %d CPUs, load average %.1f over the last minute.%n", Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        int status = 0;
        if (writer.failures.get() > 0) {
            System.err.printf("outbox-latency: %d of %d writes failed (first: %s)%n", writer.failures.get(), writes,
                    writer.firstFailure);
            status = 1;
        }
        if (outbox.missing > 0) {
            System.err.printf("outbox-latency: %d of %d events missing from %s %d s after the last 201%n", outbox.missing,
                    writer.accepted.size(), EVENT_TOPIC, GRACE.toSeconds());
            status = 1;
        }
        if (kafka.missing > 0) {
            System.err.printf("outbox-latency: %d of %d baseline records missing from %s%n", kafka.missing,
                    baseline.sent.size(), BASELINE_TOPIC);
            status = 1;
        }
        return status;
    }

    private void ensureTopics() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            // On a new broker the probe's event creates the topic: give the relay a moment to publish it.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            Set<String> topics = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            while (!topics.contains(EVENT_TOPIC)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(EVENT_TOPIC + " does not exist on " + bootstrap
                            + " 10 s after a write: is the service's outbox relay publishing?");
                }
                Thread.sleep(200);
                topics = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            }
            if (!topics.contains(BASELINE_TOPIC)) {
                admin.createTopics(List.of(new NewTopic(BASELINE_TOPIC, 3, (short) 1))).all().get(10, TimeUnit.SECONDS);
            }
        }
    }

    /** Assigned to every partition of both topics and already positioned at their ends, so that the run reads only itself. */
    private KafkaConsumer<String, String> consumerAtEnd() {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                // The broker answers a fetch as soon as a record is there; this bounds the wait when none is.
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 5),
                new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : List.of(EVENT_TOPIC, BASELINE_TOPIC)) {
            consumer.partitionsFor(topic).forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // seekToEnd is lazy: resolve it now, before the first write
        return consumer;
    }

    private void consume(KafkaConsumer<String, String> consumer) {
        try (consumer) {
            while (consuming) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(5));
                long arrived = System.nanoTime();
                for (ConsumerRecord<String, String> record : records) {
                    if (record.topic().equals(BASELINE_TOPIC)) {
                        baselineArrivals.put(record.key(), arrived);
                    } else {
                        String donorId = donorRegistered(record.value());
                        if (donorId != null) {
                            eventArrivals.put(donorId, arrived);
                        }
                    }
                }
            }
        }
    }

    /** The donorId of a DonorRegistered CloudEvent; null for any other event. */
    private static String donorRegistered(String cloudEvent) {
        try {
            JsonNode envelope = JSON.readTree(cloudEvent);
            return DONOR_REGISTERED.equals(envelope.path("type").asText()) ? envelope.path("data").path("donorId").asText(null)
                    : null;
        } catch (Exception e) {
            return null;
        }
    }

    private static String ratio(double outbox, double kafka) {
        return kafka > 0 ? String.format("%.1fx", outbox / kafka) : "-";
    }

    /** A fixed-rate task: gives each run its tick number, and counts down once the last tick ran (later ones do nothing). */
    static final class Ticker implements Runnable {
        private final int ticks;
        private final CountDownLatch done;
        private final IntConsumer task;
        private int tick; // a scheduled task never runs concurrently with itself

        Ticker(int ticks, CountDownLatch done, IntConsumer task) {
            this.ticks = ticks;
            this.done = done;
            this.task = task;
        }

        @Override
        public void run() {
            if (tick < ticks) {
                task.accept(tick++);
                if (tick == ticks) {
                    done.countDown();
                }
            }
        }
    }

    /** Registers private donors with unique names, each with a fresh Idempotency-Key, and notes the time of each 201. */
    static final class DonorWriter {
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        private final URI donors;
        private final String token;
        private final String runId = UUID.randomUUID().toString().substring(0, 8);
        private final AtomicLong sequence = new AtomicLong();
        private final AtomicInteger inFlight = new AtomicInteger();
        /** The measured writes: donor id -> time of the 201. */
        final Map<String, Long> accepted = new ConcurrentHashMap<>();
        final AtomicInteger failures = new AtomicInteger();
        volatile String firstFailure;

        DonorWriter(String apiUrl, String token) {
            this.donors = URI.create(apiUrl + "/api/donors");
            this.token = token;
        }

        /** One write, waited for: a wrong token or URL stops the run before it starts. */
        void probe() throws Exception {
            HttpResponse<String> response = http.send(newDonor(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("POST " + donors + " answered " + response.statusCode() + ": " + response.body());
            }
        }

        void write(boolean measured) {
            inFlight.incrementAndGet();
            http.sendAsync(newDonor(), HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
                long at = System.nanoTime();
                try {
                    if (error == null && response.statusCode() == 201) {
                        if (measured) {
                            accepted.put(JSON.readTree(response.body()).path("id").asText(), at);
                        }
                    } else if (measured) {
                        failed(error != null ? error.toString() : response.statusCode() + " " + response.body());
                    }
                } catch (Exception e) {
                    failed("unreadable 201: " + e);
                } finally {
                    inFlight.decrementAndGet();
                }
            });
        }

        private HttpRequest newDonor() {
            String name = "Outbox benchmark " + runId + " " + sequence.incrementAndGet();
            return DonorRegistration.request(donors, token, name);
        }

        /** Returns within the requests' timeout: a request that times out counts as failed. */
        void awaitResponses() throws InterruptedException {
            while (inFlight.get() > 0) {
                Thread.sleep(10);
            }
        }

        private void failed(String why) {
            if (failures.getAndIncrement() == 0) {
                firstFailure = why;
            }
        }
    }

    /** Produces small records to the scratch topic and notes when each send started. */
    static final class Baseline {
        private final KafkaProducer<String, String> producer;
        private final AtomicLong sequence = new AtomicLong();
        /** The measured records: key -> time the send started. */
        final Map<String, Long> sent = new ConcurrentHashMap<>();

        Baseline(String bootstrap) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.LINGER_MS_CONFIG, 0),
                    new StringSerializer(), new StringSerializer());
        }

        void send(boolean measured) {
            String key = "baseline-" + sequence.incrementAndGet();
            long start = System.nanoTime();
            if (measured) {
                sent.put(key, start);
            }
            producer.send(new ProducerRecord<>(BASELINE_TOPIC, key, "{\"sentAt\":" + start + "}"));
        }

        void close() {
            producer.close(Duration.ofSeconds(5));
        }
    }

    /** Percentiles (nearest rank) of the delays from start to arrival, in milliseconds, and how many never arrived. */
    record Latencies(double p50, double p90, double p99, double max, int missing) {

        static Latencies between(Map<String, Long> starts, Map<String, Long> arrivals) {
            List<Double> delays = new ArrayList<>();
            int missing = 0;
            for (Map.Entry<String, Long> start : starts.entrySet()) {
                Long arrived = arrivals.get(start.getKey());
                if (arrived == null) {
                    missing++;
                } else {
                    delays.add((arrived - start.getValue()) / 1e6);
                }
            }
            double[] sorted = Percentiles.sorted(delays);
            return new Latencies(Percentiles.of(sorted, 50), Percentiles.of(sorted, 90), Percentiles.of(sorted, 99),
                    Percentiles.max(sorted), missing);
        }


        void print(String label) {
            System.out.printf("%-20s %9s %9s %9s %9s%n", label, Percentiles.ms(p50), Percentiles.ms(p90), Percentiles.ms(p99), Percentiles.ms(max));
        }

    }

}
