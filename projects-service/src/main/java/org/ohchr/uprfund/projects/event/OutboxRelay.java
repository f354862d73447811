package org.ohchr.uprfund.projects.event;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.ohchr.uprfund.projects.config.OutboxConfig;
import org.ohchr.uprfund.projects.repository.OutboxEventRepository;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Publishes outbox rows to the service's topic, oldest first, and marks them sent once the broker has acknowledged them.
 * <p>
 * One relay works at a time across all instances (a transaction-scoped advisory lock), so events of an aggregate
 * reach its partition in the order they were written. The record key is the aggregate id. A row whose send failed
 * stays unsent, and so do the rows after it: they are all sent again on the next run, and consumers drop repeats.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final OutboxEventRepository repository;
    private final CloudEventWriter writer;
    private final OutboxConfig config;
    private final Emitter<String> emitter;

    OutboxRelay(OutboxEventRepository repository, CloudEventWriter writer, OutboxConfig config,
            @Channel("fund-events") Emitter<String> emitter) {
        this.repository = repository;
        this.writer = writer;
        this.config = config;
        this.emitter = emitter;
    }

    @Scheduled(every = "${fund.outbox.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void publishPending() {
        int published;
        do {
            published = QuarkusTransaction.requiringNew().call(this::publishBatch);
        } while (published == config.batchSize());
    }

    /** @return how many rows were published and marked sent */
    int publishBatch() {
        if (!repository.tryLockRelay()) {
            return 0;
        }
        List<OutboxEvent> pending = repository.oldestUnsent(config.batchSize());
        List<CompletableFuture<Void>> acks = new ArrayList<>(pending.size());
        for (OutboxEvent event : pending) {
            acks.add(send(event));
        }
        int acknowledged = 0;
        for (CompletableFuture<Void> ack : acks) {
            if (!awaitAck(ack)) {
                break;
            }
            acknowledged++;
        }
        Instant now = Instant.now();
        for (OutboxEvent event : pending.subList(0, acknowledged)) {
            event.sentAt = now;
        }
        return acknowledged;
    }

    private CompletableFuture<Void> send(OutboxEvent event) {
        CompletableFuture<Void> ack = new CompletableFuture<>();
        RecordHeaders headers = new RecordHeaders();
        headers.add("content-type", CloudEventWriter.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        Message<String> message = Message.of(writer.write(event))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withKey(event.aggregateId.toString())
                        .withHeaders(headers)
                        .build())
                .withAck(() -> {
                    ack.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(failure -> {
                    ack.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                });
        try {
            emitter.send(message);
        } catch (RuntimeException e) {
            ack.completeExceptionally(e);
        }
        return ack;
    }

    private boolean awaitAck(CompletableFuture<Void> ack) {
        try {
            ack.get(config.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException | TimeoutException e) {
            LOG.warnf("Outbox publication paused, will retry: %s", e.getCause() == null ? e : e.getCause());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
