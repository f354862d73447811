package org.ohchr.uprfund.gateway.event;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import org.ohchr.uprfund.gateway.service.RecordProcessor;

/** What one topic's consumer last did, for readiness and metrics; written by its thread, read by any. */
public final class ConsumerState {

    private final String topic;
    private final AtomicLong applied = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong parked = new AtomicLong();
    private volatile Instant lastPollAt;
    private volatile long recordsBehind = -1;
    private volatile int partitions;
    private volatile String lastFailure;

    ConsumerState(String topic) {
        this.topic = topic;
    }

    void polled(Instant at, long behind) {
        lastPollAt = at;
        recordsBehind = behind;
        lastFailure = null;
    }

    void handled(RecordProcessor.Outcome outcome) {
        switch (outcome) {
            case APPLIED -> applied.incrementAndGet();
            case DUPLICATE -> duplicates.incrementAndGet();
            default -> parked.incrementAndGet();
        }
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

    /** Records applied, ignored as duplicates and parked since the gateway started. */
    public long applied() {
        return applied.get();
    }

    public long duplicates() {
        return duplicates.get();
    }

    public long parked() {
        return parked.get();
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

    /** Why its last poll or record failed; null when the last one went well. */
    public String lastFailure() {
        return lastFailure;
    }
}
