package org.ohchr.uprfund.gateway;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An event the read model has applied, remembered by id so that a redelivery is recognised and ignored. */
@Entity
@Table(name = "applied_event")
public class AppliedEvent {

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @Column(nullable = false)
    public String source;

    @Column(nullable = false)
    public String type;

    @Column(nullable = false)
    public String topic;

    @Column(name = "applied_at", nullable = false)
    public Instant appliedAt;
}
