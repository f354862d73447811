package org.ohchr.uprfund.platform.outbox;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** What the relay has done since the service started: read by the health check and the metrics. */
public final class RelayStatistics {

    private final AtomicLong published = new AtomicLong();
    private final AtomicLong batches = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private volatile Instant lastPublishedAt;
    private volatile String lastFailure;

    void batchAttempted() {
        batches.incrementAndGet();
    }

    void published(int events, Instant at) {
        if (events > 0) {
            published.addAndGet(events);
            lastPublishedAt = at;
        }
    }

    void failed(Throwable failure) {
        failures.incrementAndGet();
        lastFailure = failure.getClass().getSimpleName() + ": " + failure.getMessage();
    }

    void recovered() {
        lastFailure = null;
    }

    /** Events published since start. */
    public long published() {
        return published.get();
    }

    /** Relay transactions that took the lock and tried to publish. */
    public long batches() {
        return batches.get();
    }

    /** Publications that failed (the broker unreachable, or refusing). */
    public long failures() {
        return failures.get();
    }

    public Instant lastPublishedAt() {
        return lastPublishedAt;
    }

    /** Why the last publication failed; null once one succeeded again. */
    public String lastFailure() {
        return lastFailure;
    }
}
