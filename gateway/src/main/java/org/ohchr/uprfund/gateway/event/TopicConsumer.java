package org.ohchr.uprfund.gateway.event;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;
import org.ohchr.uprfund.gateway.domain.FundSource;
import org.ohchr.uprfund.gateway.domain.StatusPart;
import org.ohchr.uprfund.gateway.service.RecordProcessor;
import org.ohchr.uprfund.gateway.service.RecordProcessor.RetryLaterException;

/**
 * One topic's consumer, on a thread of its own: it polls, hands each record to {@link RecordProcessor} (which applies or
 * parks it, each in its own committed transaction), then commits the offsets of the records it handled. A crash between
 * the two can only deliver a record again, which the applied-event table absorbs. A record that could neither be applied
 * nor parked (the database is away) is read again after a pause, with every record after it: nothing is skipped. While
 * the broker is away the Kafka client keeps reconnecting; routing and health never depend on it.
 */
final class TopicConsumer implements Runnable {

    private static final Logger LOG = Logger.getLogger(TopicConsumer.class);

    private final FundSource source;
    private final Consumer<byte[], byte[]> consumer;
    private final RecordProcessor processor;
    private final java.util.function.Consumer<Set<StatusPart>> onChanged;
    private final Duration pollTimeout;
    private final Duration backoff;
    private final ConsumerState state;
    private volatile boolean running = true;

    TopicConsumer(FundSource source, Consumer<byte[], byte[]> consumer, RecordProcessor processor, java.util.function.Consumer<Set<StatusPart>> onChanged,
            Duration pollTimeout, Duration backoff) {
        this.source = source;
        this.consumer = consumer;
        this.processor = processor;
        this.onChanged = onChanged;
        this.pollTimeout = pollTimeout;
        this.backoff = backoff;
        this.state = new ConsumerState(source.topic());
    }

    ConsumerState state() {
        return state;
    }

    @Override
    public void run() {
        Map<TopicPartition, OffsetAndMetadata> handled = new HashMap<>();
        try {
            consumer.subscribe(List.of(source.topic()), new CommitOnRevoke(handled));
            while (running) {
                pollOnce(handled);
            }
        } catch (WakeupException e) {
            // stop() was called
        } catch (RuntimeException e) {
            LOG.errorf(e, "The consumer of %s stopped", source.topic());
            state.failed(e.toString());
        } finally {
            try {
                commit(handled, true);
            } catch (RuntimeException e) {
                LOG.warnf("Offsets of %s not committed at stop: %s", source.topic(), e.toString());
            }
            consumer.close(Duration.ofSeconds(5));
        }
    }

    void stop() {
        running = false;
        consumer.wakeup();
    }

    private void pollOnce(Map<TopicPartition, OffsetAndMetadata> handled) {
        ConsumerRecords<byte[], byte[]> records;
        try {
            records = consumer.poll(pollTimeout);
            state.polled(Instant.now(), lag());
        } catch (WakeupException e) {
            throw e;
        } catch (KafkaException e) {
            LOG.warnf("Polling %s failed, trying again: %s", source.topic(), e.toString());
            state.failed(e.toString());
            sleep();
            return;
        }
        boolean changed = false;
        Set<StatusPart> parts = EnumSet.noneOf(StatusPart.class);
        try {
            for (TopicPartition partition : records.partitions()) {
                List<ConsumerRecord<byte[], byte[]>> ofPartition = records.records(partition);
                List<RecordProcessor.Result> results = processor.processAll(null, source, ofPartition.stream().map(FundRecord::of).toList());
                handled.put(partition, new OffsetAndMetadata(ofPartition.get(ofPartition.size() - 1).offset() + 1));
                for (RecordProcessor.Result result : results) {
                    state.handled(result.outcome());
                    if (result.appliedType() != null) {
                        parts.addAll(StatusPart.changedBy(result.appliedType()));
                    }
                }
                changed = true;
            }
        } catch (RetryLaterException e) {
            LOG.warnf("%s; reading it again in %s", e.getMessage(), backoff);
            state.failed(e.getMessage());
            rewind(records, handled);
            sleep();
        } finally {
            if (changed) {
                // Every record handled changes the freshness of its source, at least.
                onChanged.accept(parts);
            }
        }
        commit(handled, false);
    }

    /** Goes back to the first record of each partition that was not handled, so that the next poll starts there. */
    private void rewind(ConsumerRecords<byte[], byte[]> records, Map<TopicPartition, OffsetAndMetadata> handled) {
        for (TopicPartition partition : records.partitions()) {
            long first = records.records(partition).get(0).offset();
            OffsetAndMetadata done = handled.get(partition);
            consumer.seek(partition, done == null ? first : Math.max(first, done.offset()));
        }
    }

    private void commit(Map<TopicPartition, OffsetAndMetadata> handled, boolean wait) {
        if (handled.isEmpty()) {
            return;
        }
        Map<TopicPartition, OffsetAndMetadata> offsets = Map.copyOf(handled);
        handled.clear();
        if (wait) {
            consumer.commitSync(offsets, Duration.ofSeconds(5));
        } else {
            consumer.commitAsync(offsets, (committed, failure) -> {
                if (failure != null) {
                    LOG.debugf("Offsets of %s not committed (they will be with the next ones): %s", source.topic(), failure.toString());
                }
            });
        }
    }

    private long lag() {
        long behind = 0;
        for (TopicPartition partition : consumer.assignment()) {
            OptionalLong lag = consumer.currentLag(partition);
            if (lag.isPresent()) {
                behind += lag.getAsLong();
            }
        }
        return behind;
    }

    private void sleep() {
        try {
            Thread.sleep(backoff.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** Commits what was handled before partitions go to another member of the group. */
    private final class CommitOnRevoke implements ConsumerRebalanceListener {

        private final Map<TopicPartition, OffsetAndMetadata> handled;

        CommitOnRevoke(Map<TopicPartition, OffsetAndMetadata> handled) {
            this.handled = handled;
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            try {
                commit(handled, true);
            } catch (RuntimeException e) {
                LOG.warnf("Offsets of %s not committed before a rebalance: %s", source.topic(), e.toString());
            }
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            state.assigned(partitions.size());
        }
    }
}
