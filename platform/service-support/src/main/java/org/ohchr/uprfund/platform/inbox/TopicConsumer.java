package org.ohchr.uprfund.platform.inbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
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
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;

/**
 * One topic's consumer, on a thread of its own: it polls, gives each partition's records to its {@link RecordHandler}
 * (which applies or parks each, in committed transactions), then commits the offsets of the records handled. A crash
 * between the two can only deliver a record again, which the applied-event claim absorbs ({@link InboxClaims}).
 * <p>
 * A record that must wait holds its partition, and its partition alone: the partition is paused at that record and given
 * again after a pause that doubles with each try up to a ceiling ({@link InboxPolicy#pause}), for as long as the failure
 * lasts; no later record of the partition is handled meanwhile, and the other partitions go on.
 * <p>
 * A record that waits for the producer's earlier events (it names an aggregate not known yet, or its sequence leaves a
 * gap) is given once more as settled, to be parked if it still cannot be applied, when two things hold: it has waited
 * {@code settleAfter}, and every other partition of the topic has been handled up to where it ended when the record was
 * found waiting (this consumer's own position on the partitions it holds, the group's committed offset on the others).
 * That is when the producer's earlier events have all been handled: an event the record depends on was committed by its
 * producer before the record's own, so its outbox published it first, onto the same partition (an event of the same
 * aggregate) or onto another one, which by then was handled past it. (An event the relay had to send again reaches the
 * topic again after its predecessors too, and is applied then, as it was never claimed.)
 * <p>
 * While the broker is away the Kafka client keeps reconnecting; the service's routing and health never depend on it.
 */
public final class TopicConsumer implements Runnable {

    private static final Logger LOG = Logger.getLogger(TopicConsumer.class);
    private static final Duration BROKER_TIMEOUT = Duration.ofSeconds(5);

    private final String topic;
    private final Consumer<byte[], byte[]> consumer;
    private final RecordHandler handler;
    private final java.util.function.Consumer<List<Handled.Result>> afterPoll;
    private final Duration pollTimeout;
    private final InboxPolicy policy;
    private final Duration settleAfter;
    private final ConsumerState state;
    private final Map<TopicPartition, OffsetAndMetadata> handled = new HashMap<>();
    private final Map<TopicPartition, PartitionWait> waits = new HashMap<>();
    private volatile boolean running = true;
    private volatile Thread thread;

    /**
     * @param afterPoll told what became of the records handled in a poll, when any were (on the consumer's thread)
     * @param pollTimeout how long a poll waits for records when none are there
     * @param policy the pauses between tries of a record that waits
     * @param settleAfter how long a record that waits for the producer's earlier events waits at least before it is parked
     */
    public TopicConsumer(String topic, Consumer<byte[], byte[]> consumer, RecordHandler handler,
            java.util.function.Consumer<List<Handled.Result>> afterPoll, Duration pollTimeout, InboxPolicy policy, Duration settleAfter) {
        this.topic = topic;
        this.consumer = consumer;
        this.handler = handler;
        this.afterPoll = afterPoll;
        this.pollTimeout = pollTimeout;
        this.policy = policy;
        this.settleAfter = settleAfter;
        this.state = new ConsumerState(topic);
    }

    public ConsumerState state() {
        return state;
    }

    @Override
    public void run() {
        try {
            consumer.subscribe(List.of(topic), new OnRebalance());
            while (running) {
                pollOnce();
            }
        } catch (WakeupException e) {
            // stop() was called
        } catch (RuntimeException e) {
            LOG.errorf(e, "The consumer of %s stopped", topic);
            state.failed(e.toString());
        } finally {
            try {
                commit(true);
            } catch (RuntimeException e) {
                LOG.warnf("Offsets of %s not committed at stop: %s", topic, e.toString());
            }
            consumer.close(Duration.ofSeconds(5));
        }
    }

    public void stop() {
        running = false;
        consumer.wakeup();
    }

    /** Runs the consumer on a daemon thread of its own, named {@code threadName}. */
    public void start(String threadName) {
        Thread started = new Thread(this, threadName);
        started.setDaemon(true);
        thread = started;
        started.start();
    }

    /** Stops a consumer {@link #start started} on its own thread and waits for it to commit and close, 10 s at most. */
    public void stopAndWait() {
        stop();
        Thread running = thread;
        if (running == null) {
            return;
        }
        try {
            running.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void pollOnce() {
        resumeDue();
        ConsumerRecords<byte[], byte[]> records;
        try {
            records = consumer.poll(pollTimeout());
            state.polled(Instant.now(), lag());
        } catch (WakeupException e) {
            throw e;
        } catch (KafkaException e) {
            LOG.warnf("Polling %s failed, trying again: %s", topic, e.toString());
            state.failed(e.toString());
            sleep(policy.pause(1));
            return;
        }
        List<Handled.Result> results = new ArrayList<>();
        for (TopicPartition partition : records.partitions()) {
            handle(partition, records.records(partition), results);
        }
        if (!results.isEmpty()) {
            afterPoll.accept(results);
        }
        settleWaits();
        commit(false);
    }

    private void handle(TopicPartition partition, List<ConsumerRecord<byte[], byte[]>> records, List<Handled.Result> results) {
        PartitionWait wait = waits.get(partition);
        long first = records.get(0).offset();
        long settledOffset = wait != null && wait.settled && wait.offset == first ? first : -1;
        Handled outcome;
        try {
            outcome = handler.handle(records.stream().map(InboxRecord::of).toList(), settledOffset);
        } catch (RuntimeException e) {
            outcome = new Handled(List.of(), new Handled.Waiting(false, "Records of " + partition + " from " + first + " could not be handled: "
                    + InboxPolicy.describe(e), false));
        }
        for (Handled.Result result : outcome.results()) {
            state.handled(result.outcome());
        }
        results.addAll(outcome.results());
        if (!outcome.results().isEmpty()) {
            handled.put(partition, new OffsetAndMetadata(records.get(outcome.results().size() - 1).offset() + 1));
        }
        if (outcome.waiting() == null) {
            if (wait != null) {
                LOG.infof("Partition %s goes on after %d tries of the record at %d", partition, wait.failures, wait.offset);
                waits.remove(partition);
                state.goesOn(partition.partition());
            }
            return;
        }
        long waitingAt = records.get(outcome.results().size()).offset();
        boolean firstTry = wait == null || wait.offset != waitingAt;
        if (firstTry) {
            wait = new PartitionWait(waitingAt, Instant.now());
            waits.put(partition, wait);
        }
        wait.failures++;
        wait.awaitsEarlierEvents = outcome.waiting().awaitsEarlierEvents();
        Duration pause = policy.pause(wait.failures);
        wait.retryAt = Instant.now().plus(pause);
        consumer.seek(partition, waitingAt);
        consumer.pause(List.of(partition));
        state.waiting(new ConsumerState.Wait(partition.partition(), waitingAt, wait.since, outcome.waiting().reason(), outcome.waiting().gap()),
                firstTry);
        if (firstTry || Integer.bitCount(wait.failures) == 1) {
            LOG.warnf("%s; its partition waits (try %d, next in %s)", outcome.waiting().reason(), wait.failures, pause);
        }
    }

    /**
     * Marks settled each record waiting for the producer's earlier events that has waited long enough and whose topic's
     * other partitions have been handled up to where they ended when it was found waiting; it is given again at once.
     */
    private void settleWaits() {
        Instant now = Instant.now();
        for (Map.Entry<TopicPartition, PartitionWait> entry : waits.entrySet()) {
            PartitionWait wait = entry.getValue();
            if (!wait.awaitsEarlierEvents || wait.settled) {
                continue;
            }
            try {
                if (wait.ends == null) {
                    wait.ends = otherPartitionEnds(entry.getKey());
                }
                if (!wait.since.plus(settleAfter).isAfter(now) && handledUpTo(wait.ends)) {
                    wait.settled = true;
                    wait.retryAt = now;
                }
            } catch (KafkaException e) {
                LOG.debugf("Could not tell whether %s is caught up: %s", topic, e.toString());
            }
        }
    }

    private Map<TopicPartition, Long> otherPartitionEnds(TopicPartition waiting) {
        List<TopicPartition> others = new ArrayList<>();
        for (PartitionInfo info : consumer.partitionsFor(topic, BROKER_TIMEOUT)) {
            if (info.partition() != waiting.partition()) {
                others.add(new TopicPartition(topic, info.partition()));
            }
        }
        return others.isEmpty() ? Map.of() : new HashMap<>(consumer.endOffsets(others, BROKER_TIMEOUT));
    }

    /** True when every partition has been handled up to its given offset, here or by another member of the group. */
    private boolean handledUpTo(Map<TopicPartition, Long> ends) {
        Set<TopicPartition> elsewhere = new HashSet<>();
        Set<TopicPartition> assigned = consumer.assignment();
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            TopicPartition partition = end.getKey();
            if (assigned.contains(partition)) {
                PartitionWait wait = waits.get(partition);
                long position = wait != null ? wait.offset : consumer.position(partition, BROKER_TIMEOUT);
                if (position < end.getValue()) {
                    return false;
                }
            } else if (end.getValue() > 0) {
                elsewhere.add(partition);
            }
        }
        if (elsewhere.isEmpty()) {
            return true;
        }
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(elsewhere, BROKER_TIMEOUT);
        return elsewhere.stream().allMatch(partition -> committed.get(partition) != null
                && committed.get(partition).offset() >= ends.get(partition));
    }

    private void resumeDue() {
        Instant now = Instant.now();
        List<TopicPartition> due = new ArrayList<>();
        for (Map.Entry<TopicPartition, PartitionWait> entry : waits.entrySet()) {
            if (!entry.getValue().retryAt.isAfter(now)) {
                due.add(entry.getKey());
            }
        }
        due.retainAll(consumer.paused());
        if (!due.isEmpty()) {
            consumer.resume(due);
        }
    }

    /** The poll's timeout: no longer than until the next waiting record is due. */
    private Duration pollTimeout() {
        Instant now = Instant.now();
        Duration timeout = pollTimeout;
        for (PartitionWait wait : waits.values()) {
            Duration until = Duration.between(now, wait.retryAt);
            if (until.compareTo(timeout) < 0) {
                timeout = until.isNegative() ? Duration.ZERO : until;
            }
        }
        return timeout;
    }

    private void commit(boolean wait) {
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
                    LOG.debugf("Offsets of %s not committed (they will be with the next ones): %s", topic, failure.toString());
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

    private void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** A record its partition is held at. */
    private static final class PartitionWait {

        final long offset;
        final Instant since;
        int failures;
        Instant retryAt;
        boolean awaitsEarlierEvents;
        /** Where the topic's other partitions ended when the record was found waiting for earlier events. */
        Map<TopicPartition, Long> ends;
        boolean settled;

        PartitionWait(long offset, Instant since) {
            this.offset = offset;
            this.since = since;
        }
    }

    /** Commits what was handled before partitions go to another member of the group; forgets their waits. */
    private final class OnRebalance implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            try {
                commit(true);
            } catch (RuntimeException e) {
                LOG.warnf("Offsets of %s not committed before a rebalance: %s", topic, e.toString());
            }
            for (TopicPartition partition : partitions) {
                waits.remove(partition);
                state.goesOn(partition.partition());
            }
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            state.assigned(consumer.assignment().size());
        }
    }
}
