package org.ohchr.uprfund.projects.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A closing of the fund's books as contributions-service published it: a year closed by a fund manager, or a balance
 * carried forward (which closes every day before its date). Kept by the id of the event that said so, never changed.
 */
@Entity
@Table(name = "closed_period")
public class ClosedPeriod {

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    /** The CloudEvents type of the event. */
    @Column(name = "event_type", nullable = false, length = 128, updatable = false)
    public String eventType;

    /** The last day closed. */
    @Column(name = "closed_through", nullable = false, updatable = false)
    public LocalDate closedThrough;

    /** The year closed; null for a balance carried forward. */
    @Column(updatable = false)
    public Integer year;

    /** The date of the balance carried forward; null for a year closed. */
    @Column(name = "balance_date", updatable = false)
    public LocalDate balanceDate;

    /** When contributions-service made the change, as the event says. */
    @Column(name = "occurred_at", updatable = false)
    public Instant occurredAt;

    /** When this service applied it. */
    @Column(name = "applied_at", nullable = false, updatable = false)
    public Instant appliedAt;
}
