package org.ohchr.uprfund.gateway.service.consumer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.jboss.logging.Logger;
import org.ohchr.uprfund.gateway.config.ReadModelConfig;
import org.ohchr.uprfund.gateway.domain.FundSource;
import org.ohchr.uprfund.gateway.domain.Rebuild;
import org.ohchr.uprfund.gateway.domain.RebuildDifference;
import org.ohchr.uprfund.gateway.repository.RebuildLock;
import org.ohchr.uprfund.gateway.repository.RebuildRepository;
import org.ohchr.uprfund.gateway.service.readmodel.FundSources;
import org.ohchr.uprfund.gateway.service.readmodel.ReadModelSchema;
import org.ohchr.uprfund.gateway.service.readmodel.RecordProcessor;
import org.ohchr.uprfund.gateway.service.report.ReadModelFigures;
import org.ohchr.uprfund.platform.inbox.InboxRecord;
import org.ohchr.uprfund.platform.kafka.KafkaClientSettings;
import org.ohchr.uprfund.platform.problem.ConflictException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Rebuilds the read model from offset zero into a fresh schema and compares it with the live one, figure by figure.
 * <ol>
 * <li>A schema of its own ({@code rebuild_<id>}) gets the read model's tables (the same Flyway migrations).</li>
 * <li>Each topic is read from its first offset to the end it had when the rebuild began, with a consumer of no group (the
 * live consumers' offsets are untouched), every record going through the same {@link RecordProcessor} as live: applied
 * once, or parked with why. Then the records it parked are replayed, as a fund manager would replay them once their
 * cause is fixed, until a pass applies nothing more.</li>
 * <li>Once the live consumers have reached the same ends, every figure ({@link ReadModelFigures}) of the rebuilt model is
 * compared with the live model's; the differences are recorded with the rebuild, and the schema is dropped.</li>
 * </ol>
 * Events that arrive while it runs make the live model differ from the rebuilt one, and are reported as such.
 * <p>
 * One runs at a time among every gateway instance sharing the read model: a rebuild holds the {@link RebuildLock} from
 * before its row says RUNNING until after its row says how it ended. Whoever takes the lock therefore knows that a row
 * still RUNNING belongs to a rebuild whose instance stopped mid-run (killed, or its connection lost), and records it as
 * FAILED: at the gateway's start, and before each new rebuild. A rebuild that is really running keeps the lock, so it
 * is never taken for a crashed one.
 */
@ApplicationScoped
public class RebuildService {

    private static final Logger LOG = Logger.getLogger(RebuildService.class);
    /** How long the comparison waits for the live consumers to reach the ends the rebuild read to. */
    private static final Duration LIVE_CATCH_UP = Duration.ofSeconds(60);

    private final RebuildRepository rebuilds;
    private final RebuildLock lock;
    private final RecordProcessor processor;
    private final DeadLetterService deadLetters;
    private final ReadModelFigures figures;
    private final FundSources sources;
    private final ReadModelConfig config;
    private final ReadModelSchema readModel;
    private final ObjectMapper json;
    private final KafkaClientSettings kafka;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "read-model-rebuild");
        thread.setDaemon(true);
        return thread;
    });

    RebuildService(RebuildRepository rebuilds, RebuildLock lock, RecordProcessor processor, DeadLetterService deadLetters, ReadModelFigures figures,
            FundSources sources, ReadModelConfig config, ReadModelSchema readModel, ObjectMapper json,
            KafkaClientSettings kafka) {
        this.rebuilds = rebuilds;
        this.lock = lock;
        this.processor = processor;
        this.deadLetters = deadLetters;
        this.figures = figures;
        this.sources = sources;
        this.config = config;
        this.readModel = readModel;
        this.json = json;
        this.kafka = kafka;
    }

    /** A rebuild left RUNNING by an instance that stopped mid-run is recorded as failed when the gateway starts. */
    void recoverAtStart(@Observes StartupEvent started) {
        try {
            lock.tryTake().ifPresent(held -> {
                try (held) {
                    recoverCrashed();
                }
            });
        } catch (RuntimeException e) {
            LOG.warnf("Crashed rebuilds were not looked for at start (the next rebuild looks again): %s", e.toString());
        }
    }

    void stop(@Observes ShutdownEvent stopping) {
        worker.shutdownNow();
    }

    /**
     * Starts a rebuild in the background.
     *
     * @throws ConflictException when one is running
     */
    public Rebuild start(String requestedBy) {
        RebuildLock.Held held = take();
        try {
            Rebuild rebuild = begin(requestedBy);
            worker.submit(() -> {
                try (held) {
                    run(rebuild.id);
                }
            });
            return rebuild;
        } catch (RuntimeException e) {
            held.close();
            throw e;
        }
    }

    /** Runs a rebuild to its end here (the rebuild command), and answers it. */
    public Rebuild runNow(String requestedBy) {
        Rebuild rebuild;
        try (RebuildLock.Held held = take()) {
            rebuild = begin(requestedBy);
            run(rebuild.id);
        }
        return find(rebuild.id).orElseThrow();
    }

    /** The rebuild lock, or a conflict naming the rebuild that holds it. */
    private RebuildLock.Held take() {
        return lock.tryTake().orElseThrow(() -> new ConflictException(running()
                .map(running -> "Rebuild " + running.id + " is running since " + running.startedAt + "; one runs at a time")
                .orElse("A rebuild is starting; one runs at a time")));
    }

    @Transactional(TxType.REQUIRES_NEW)
    Optional<Rebuild> running() {
        return rebuilds.find("status", Rebuild.Status.RUNNING).firstResultOptional();
    }

    /**
     * Records as failed every rebuild still RUNNING, and drops its schema: called with the lock held, so none of them is
     * running anywhere.
     */
    void recoverCrashed() {
        for (UUID crashed : markCrashedFailed()) {
            LOG.warnf("Rebuild %s was left running by a gateway instance that stopped mid-run; recorded as failed", crashed);
            try {
                readModel.drop(schemaOf(crashed));
            } catch (RuntimeException e) {
                LOG.warnf("Schema of crashed rebuild %s was not dropped: %s", crashed, e.toString());
            }
        }
    }

    @Transactional(TxType.REQUIRES_NEW)
    List<UUID> markCrashedFailed() {
        List<Rebuild> crashed = rebuilds.list("status", Rebuild.Status.RUNNING);
        Instant now = Instant.now();
        for (Rebuild rebuild : crashed) {
            rebuild.status = Rebuild.Status.FAILED;
            rebuild.finishedAt = now;
            rebuild.failure = "The gateway instance running it stopped before it finished (found at " + now + "); start a new one";
        }
        return crashed.stream().map(rebuild -> rebuild.id).toList();
    }

    @Transactional(TxType.REQUIRES_NEW)
    public Optional<Rebuild> find(UUID id) {
        return rebuilds.findByIdOptional(id);
    }

    /** Records a new rebuild as RUNNING; called with the lock held, after the crashed ones are recovered. */
    private Rebuild begin(String requestedBy) {
        recoverCrashed();
        return persistRunning(requestedBy);
    }

    @Transactional(TxType.REQUIRES_NEW)
    Rebuild persistRunning(String requestedBy) {
        Rebuild rebuild = new Rebuild();
        rebuild.id = UUID.randomUUID();
        rebuild.requestedBy = requestedBy;
        rebuild.startedAt = Instant.now();
        rebuild.status = Rebuild.Status.RUNNING;
        rebuilds.persist(rebuild);
        return rebuild;
    }

    private void run(UUID id) {
        String schema = schemaOf(id);
        try {
            readModel.create(schema);
            Map<TopicPartition, Long> ends = endOffsets();
            long read = 0;
            for (FundSource source : sources.all()) {
                read += replay(schema, source, ends);
            }
            while (deadLetters.replayAll(schema).applied() > 0) {
                LOG.debugf("Rebuild %s: replayed parked records; trying the rest again", id);
            }
            awaitLiveConsumers(ends);
            SortedMap<String, String> live = figures.of(null);
            SortedMap<String, String> rebuilt = figures.of(schema);
            List<RebuildDifference> differences = compare(live, rebuilt);
            finish(id, read, Math.max(live.size(), rebuilt.size()), differences, null);
            LOG.infof("Rebuild %s read %d records; %d figures compared, %d differ", id, read, Math.max(live.size(), rebuilt.size()),
                    differences.size());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Rebuild %s failed", id);
            finish(id, 0, 0, null, e.toString());
        } finally {
            try {
                readModel.drop(schema);
            } catch (RuntimeException e) {
                LOG.warnf("Schema %s of rebuild %s was not dropped: %s", schema, id, e.toString());
            }
        }
    }

    private static String schemaOf(UUID rebuild) {
        return "rebuild_" + rebuild.toString().replace("-", "");
    }

    private Map<TopicPartition, Long> endOffsets() {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (FundSource source : sources.all()) {
                List<PartitionInfo> infos = consumer.partitionsFor(source.topic(), Duration.ofSeconds(30));
                if (infos != null) {
                    infos.forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
                }
            }
            return new HashMap<>(consumer.endOffsets(partitions, Duration.ofSeconds(30)));
        }
    }

    /** Reads one topic from offset zero to the ends captured, applying each record into the schema; answers how many. */
    private long replay(String schema, FundSource source, Map<TopicPartition, Long> ends) {
        long read = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = ends.keySet().stream().filter(p -> p.topic().equals(source.topic())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p, Duration.ofSeconds(30)) < ends.get(p))) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(500));
                for (TopicPartition partition : records.partitions()) {
                    List<InboxRecord> before = records.records(partition).stream().filter(record -> record.offset() < ends.get(partition))
                            .map(InboxRecord::of).toList();
                    processor.processAll(schema, source, before);
                    read += before.size();
                }
            }
        }
        return read;
    }

    /** Waits until the live consumers have committed at least the ends the rebuild read to, for a fair comparison. */
    private void awaitLiveConsumers(Map<TopicPartition, Long> ends) {
        if (!config.consume()) {
            return;
        }
        long deadline = System.nanoTime() + LIVE_CATCH_UP.toNanos();
        try (Admin admin = Admin.create(kafka.with(Map.of()))) {
            while (System.nanoTime() < deadline) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(config.groupId())
                        .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
                boolean caughtUp = ends.entrySet().stream().allMatch(end -> end.getValue() == 0
                        || (committed.get(end.getKey()) != null && committed.get(end.getKey()).offset() >= end.getValue()));
                if (caughtUp) {
                    // The snapshot and the tables agree once the last transaction has committed, which precedes the offsets.
                    return;
                }
                Thread.sleep(200);
            }
            LOG.warn("The live consumers had not reached the rebuild's ends in time: figures may differ for that reason");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.warnf("Could not read the live consumers' offsets: %s", e.toString());
        }
    }

    static List<RebuildDifference> compare(SortedMap<String, String> live, SortedMap<String, String> rebuilt) {
        TreeSet<String> names = new TreeSet<>(live.keySet());
        names.addAll(rebuilt.keySet());
        List<RebuildDifference> differences = new ArrayList<>();
        for (String name : names) {
            String a = live.get(name);
            String b = rebuilt.get(name);
            if (a == null ? b != null : !a.equals(b)) {
                differences.add(new RebuildDifference(name, a, b));
            }
        }
        return differences;
    }

    @Transactional(TxType.REQUIRES_NEW)
    void finish(UUID id, long read, int compared, List<RebuildDifference> differences, String failure) {
        Rebuild rebuild = rebuilds.findById(id);
        rebuild.finishedAt = Instant.now();
        rebuild.recordsRead = read;
        rebuild.figuresCompared = compared;
        if (failure != null) {
            rebuild.status = Rebuild.Status.FAILED;
            rebuild.failure = failure.length() > 2000 ? failure.substring(0, 2000) : failure;
            return;
        }
        rebuild.status = Rebuild.Status.DONE;
        rebuild.equal = differences.isEmpty();
        try {
            rebuild.differences = json.writeValueAsString(differences);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Differences could not be written as JSON", e);
        }
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        return new KafkaConsumer<>(kafka.with(Map.of(
                ConsumerConfig.CLIENT_ID_CONFIG, "gateway-rebuild",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1000)),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }
}
