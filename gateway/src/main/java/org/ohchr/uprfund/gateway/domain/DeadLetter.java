package org.ohchr.uprfund.gateway.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A record of a fund topic that could not be applied, parked with the reason and where it sits on the topic, its key
 * and value kept byte for byte. The records after it are applied all the same; a fund manager replays it once the cause
 * is fixed.
 */
@Entity
@Table(name = "dead_letter")
public class DeadLetter {

    /** Where a parked record stands. */
    public enum Status {
        /** Not applied: waiting for a replay. */
        PARKED,
        /** A replay applied it. */
        APPLIED,
        /** A replay found the same event applied already (delivered again meanwhile). */
        DUPLICATE
    }

    @Id
    public UUID id;

    @Column(nullable = false)
    public String topic;

    @Column(name = "record_partition", nullable = false)
    public int partition;

    @Column(name = "record_offset", nullable = false)
    public long offset;

    @Column(name = "record_key")
    public byte[] key;

    @Column(name = "record_value")
    public byte[] value;

    @Column(name = "record_timestamp")
    public Instant timestamp;

    /** The envelope's id, source and type, when it could be read that far. */
    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "event_source")
    public String eventSource;

    @Column(name = "event_type")
    public String eventType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EventFailure failure;

    @Column(nullable = false)
    public String reason;

    @Column(name = "parked_at", nullable = false)
    public Instant parkedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(nullable = false)
    public int replays;

    @Column(name = "last_replayed_at")
    public Instant lastReplayedAt;

    @Column(name = "resolved_at")
    public Instant resolvedAt;
}
