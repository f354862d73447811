package org.ohchr.uprfund.platform.inbox;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What one topic's consumer last did, for readiness and metrics; written by its thread, read by any. A record that
 * waits shows here for as long as it waits: its partition, since when, and why (a sequence gap says so).
 */
public final class ConsumerState {

    private final String topic;
    private final AtomicLong applied = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong parked = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong gapsSeen = new AtomicLong();
    private final Map<Integer, Wait> waits = new ConcurrentHashMap<>();
    private volatile Instant lastPollAt;
    private volatile long recordsBehind = -1;
    private volatile int partitions;
    private volatile String lastFailure;

    public ConsumerState(String topic) {
        this.topic = topic;
    }

    /** A record that waits: where, since when, why, and whether it is a sequence gap. */
    public record Wait(int partition, long offset, Instant since, String reason, boolean gap) {
    }

    void polled(Instant at, long behind) {
        lastPollAt = at;
        recordsBehind = behind;
        if (waits.isEmpty()) {
            lastFailure = null;
        }
    }

    void handled(InboxOutcome outcome) {
        switch (outcome) {
            case APPLIED -> applied.incrementAndGet();
            case DUPLICATE -> duplicates.incrementAndGet();
            default -> parked.incrementAndGet();
        }
    }

    void waiting(Wait wait, boolean first) {
        waits.put(wait.partition(), wait);
        retries.incrementAndGet();
        if (first && wait.gap()) {
            gapsSeen.incrementAndGet();
        }
        lastFailure = wait.reason();
    }

    void goesOn(int partition) {
        waits.remove(partition);
    }

    void assigned(int count) {
        partitions = count;
    }

    void failed(String why) {
        lastFailure = why;
    }

    public String topic() {
        return topic;
    }

    /** Records applied, ignored as duplicates and parked since the service started. */
    public long applied() {
        return applied.get();
    }

    public long duplicates() {
        return duplicates.get();
    }

    public long parked() {
        return parked.get();
    }

    /** Tries of a record that had to wait, since the service started. */
    public long retries() {
        return retries.get();
    }

    /** Sequence gaps met since the service started (each waiting record counted once). */
    public long gapsSeen() {
        return gapsSeen.get();
    }

    /** The records that wait now, one per partition at most. */
    public Map<Integer, Wait> waits() {
        return Map.copyOf(waits);
    }

    /** Partitions whose next record waits now on a sequence gap. */
    public long gapsWaiting() {
        return waits.values().stream().filter(Wait::gap).count();
    }

    /** When the consumer last heard from the broker; null before its first poll. */
    public Instant lastPollAt() {
        return lastPollAt;
    }

    /** Records on its partitions not yet read, as the broker last said; -1 when not known yet. */
    public long recordsBehind() {
        return recordsBehind;
    }

    public int partitions() {
        return partitions;
    }

    /** Why its last poll or record failed, or why a record waits; null when all went well. */
    public String lastFailure() {
        return lastFailure;
    }
}
