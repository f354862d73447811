package org.ohchr.uprfund.gateway.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step of a project's status history: proposed, approved, or any later change. */
@Entity
@Table(name = "fund_project_status")
public class ProjectStatusChange {

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    /** The order it was applied in, given by the database. */
    @Column(insertable = false, updatable = false)
    public Long seq;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(nullable = false)
    public String status;

    public String reason;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    /** The aggregate sequence of the event that made the change; null for an event without one. */
    @Column(name = "aggregate_sequence")
    public Long aggregateSequence;
}
