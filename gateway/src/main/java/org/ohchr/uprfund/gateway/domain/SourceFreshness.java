package org.ohchr.uprfund.gateway.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How far the read model has come on one topic: what it applied last, and how many events and repeats it saw. */
@Entity
@Table(name = "source_freshness")
public class SourceFreshness {

    @Id
    public String topic;

    @Column(name = "events_applied", nullable = false)
    public long eventsApplied;

    @Column(name = "duplicates_ignored", nullable = false)
    public long duplicatesIgnored;

    @Column(name = "last_event_id")
    public UUID lastEventId;

    @Column(name = "last_event_type")
    public String lastEventType;

    /** The {@code time} the producer gave the last applied event. */
    @Column(name = "last_event_time")
    public Instant lastEventTime;

    /** When the gateway applied the last event. */
    @Column(name = "last_applied_at")
    public Instant lastAppliedAt;
}
