package org.ohchr.uprfund.platform.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.jboss.logging.Logger;
import org.ohchr.uprfund.platform.background.BacklogWorker;
import org.ohchr.uprfund.platform.tracing.TraceContext;

import io.opentelemetry.api.trace.Span;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Publishes outbox rows to the service's topic, oldest first, and marks them sent once the broker acknowledged them.
 * <p>
 * It runs on a thread of its own ({@link BacklogWorker}), woken when a transaction that wrote events commits
 * ({@link EventOutbox}); a poll every {@code fund.outbox.poll-interval} is only the fallback. One relay works at a time
 * across all instances (a transaction-scoped advisory lock), so the events of an aggregate reach its partition in the
 * order they were written; the record key is the aggregate id. Each publication is a span in the trace the event was recorded in
 * ({@link PublicationSpans}), whose context the CloudEvent carries.
 * <p>
 * A batch is handed to the producer once. The relay then waits for the broker's verdict on every event of it (the
 * producer gives up within its delivery timeout), marks the acknowledged prefix sent, and leaves the rest unsent. After a
 * failure it pauses, longer after each failure in a row: while the broker is down it neither spins nor sends the same
 * events again and again, and nothing it gave up on can arrive late as a duplicate.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** How soon to look again when the relay of another instance held the lock. */
    private static final Duration LOCK_RETRY = Duration.ofMillis(200);

    private enum Outcome { DONE, MORE, LOCKED_ELSEWHERE, FAILED }

    private final OutboxEventRepository repository;
    private final CloudEventWriter writer;
    private final OutboxPublisher publisher;
    private final PublicationSpans spans;
    private final OutboxConfig config;
    private final RelayStatistics statistics = new RelayStatistics();
    private final BacklogWorker worker;
    private Duration backoff = Duration.ZERO;
    private Instant pausedUntil = Instant.MIN;

    OutboxRelay(OutboxEventRepository repository, CloudEventWriter writer, OutboxPublisher publisher, PublicationSpans spans,
            OutboxConfig config, TransactionSynchronizationRegistry transactions) {
        this.repository = repository;
        this.writer = writer;
        this.publisher = publisher;
        this.spans = spans;
        this.config = config;
        this.worker = new BacklogWorker("outbox-relay", this::drain, transactions);
    }

    void start(@Observes StartupEvent started) {
        worker.start();
    }

    void stop(@Observes ShutdownEvent stopping) {
        worker.stop();
    }

    @PreDestroy
    void closePublisher() {
        worker.stopNow();
        publisher.close();
    }

    /** Asks the relay to publish once the current transaction commits (however many events it wrote). */
    public void wakeOnCommit() {
        worker.wakeOnCommit();
    }

    public RelayStatistics statistics() {
        return statistics;
    }

    @Scheduled(every = "${fund.outbox.poll-interval:2s}", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        worker.wake();
    }

    /** Runs on the relay's thread: publishes batches until none is left, the lock is elsewhere, or publication fails. */
    void drain() {
        if (Instant.now().isBefore(pausedUntil)) {
            return;
        }
        Outcome outcome;
        try {
            do {
                outcome = QuarkusTransaction.requiringNew()
                        .timeout(Math.toIntExact(publisher.longestVerdict().plusSeconds(30).toSeconds()))
                        .call(this::publishBatch);
            } while (outcome == Outcome.MORE && worker.isRunning());
        } catch (RuntimeException e) {
            LOG.warnf(e, "Outbox relay failed; it will try again");
            statistics.failed(e);
            outcome = Outcome.FAILED;
        }
        switch (outcome) {
            case FAILED -> pause();
            case LOCKED_ELSEWHERE -> worker.wakeAfter(LOCK_RETRY);
            default -> backoff = Duration.ZERO;
        }
    }

    private Outcome publishBatch() {
        if (!repository.tryLockRelay()) {
            return Outcome.LOCKED_ELSEWHERE;
        }
        List<OutboxEvent> pending = repository.oldestUnsent(config.batchSize());
        if (pending.isEmpty()) {
            return Outcome.DONE;
        }
        statistics.batchAttempted();
        List<CompletableFuture<Void>> acks = new ArrayList<>(pending.size());
        for (OutboxEvent event : pending) {
            CompletableFuture<Void> ack = publish(event);
            acks.add(ack);
            if (ack.isCompletedExceptionally()) {
                break; // the producer refused at once (no broker metadata): the rest would fail the same way
            }
        }
        Verdict verdict = awaitVerdicts(acks);
        Instant now = Instant.now();
        List<Long> sent = pending.subList(0, verdict.acknowledgedPrefix()).stream().map(event -> event.position).toList();
        if (!sent.isEmpty()) {
            repository.markSent(sent, now);
        }
        statistics.published(sent.size(), now);
        if (verdict.failure() != null) {
            statistics.failed(verdict.failure());
            LOG.warnf("Outbox publication paused: %d of %d events acknowledged, then %s", sent.size(), pending.size(),
                    verdict.failure().toString());
            return Outcome.FAILED;
        }
        statistics.recovered();
        return pending.size() == config.batchSize() ? Outcome.MORE : Outcome.DONE;
    }

    private CompletableFuture<Void> publish(OutboxEvent event) {
        Span span = spans.start(event);
        CompletableFuture<Void> ack = publisher.send(event.aggregateId.toString(), writer.write(event, TraceContext.of(span)));
        PublicationSpans.endWith(ack, span);
        return ack;
    }

    /**
     * Waits for the broker's verdict on every event handed to the producer, even after a failure: an event still
     * being retried must not be handed over again. Events are acknowledged in order up to the first failure.
     */
    private Verdict awaitVerdicts(List<CompletableFuture<Void>> acks) {
        Instant deadline = Instant.now().plus(publisher.longestVerdict()).plusSeconds(5);
        int prefix = 0;
        Throwable failure = null;
        for (CompletableFuture<Void> ack : acks) {
            try {
                ack.get(Math.max(0, Duration.between(Instant.now(), deadline).toMillis()), TimeUnit.MILLISECONDS);
                if (failure == null) {
                    prefix++;
                }
            } catch (ExecutionException e) {
                failure = failure == null ? e.getCause() : failure;
            } catch (TimeoutException e) {
                // The producer broke its own deadline: drop it, so that nothing it still holds can be delivered later.
                publisher.reset();
                return new Verdict(prefix, failure == null ? e : failure);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                publisher.reset();
                return new Verdict(prefix, failure == null ? e : failure);
            }
        }
        return new Verdict(prefix, failure);
    }

    private void pause() {
        backoff = backoff.isZero() ? config.retryBackoff() : min(backoff.multipliedBy(2), config.maxRetryBackoff());
        pausedUntil = Instant.now().plus(backoff);
        worker.wakeAfter(backoff);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** How many events, from the first, the broker acknowledged; and the first failure, if any. */
    private record Verdict(int acknowledgedPrefix, Throwable failure) {
    }
}
