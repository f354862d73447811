package org.ohchr.uprfund.platform.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;

/**
 * An event waiting to be published, written in the same transaction as the change it describes.
 * {@code position} orders events as they were written; {@code sentAt} is set once the broker acknowledged it, and the
 * row is purged after the retention period (the topic keeps the event).
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long position;

    /** The CloudEvents {@code id}: a random UUID, unique without an index. */
    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @Column(name = "aggregate_type", nullable = false, length = 64)
    public String aggregateType;

    @Column(name = "aggregate_id", nullable = false)
    public UUID aggregateId;

    /**
     * The event's number within its aggregate, 1, 2, 3... with no gaps, assigned in the transaction that recorded it:
     * the CloudEvents extension attribute {@code aggregatesequence}.
     */
    @Column(name = "aggregate_sequence", nullable = false)
    public long aggregateSequence;

    /** The CloudEvents {@code type}, as the event class declares it. */
    @Column(name = "event_type", nullable = false, length = 128)
    public String eventType;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    /** The event as JSON, stored as written: the text the relay publishes as the CloudEvent's {@code data}. */
    @ColumnTransformer(write = "?::json")
    @Column(nullable = false, columnDefinition = "json")
    public String payload;

    @Column(name = "sent_at")
    public Instant sentAt;

    /** The W3C trace context the event was recorded in ({@code TraceContext}); null outside any trace. */
    @Column(length = 55)
    public String traceparent;

    @Column(length = 512)
    public String tracestate;
}
