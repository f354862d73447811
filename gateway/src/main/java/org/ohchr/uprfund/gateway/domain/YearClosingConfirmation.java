package org.ohchr.uprfund.gateway.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A ledger confirmed a year's closing (AccountingYearClosingConfirmed): it refuses entries dated in the year from then on. */
@Entity
@Table(name = "fund_year_confirmation")
public class YearClosingConfirmation {

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "confirmed_year", nullable = false)
    public int confirmedYear;

    @Column(nullable = false)
    public String ledger;

    @Column(name = "request_event_id", nullable = false)
    public UUID requestEventId;

    @Column(name = "confirmed_at", nullable = false)
    public Instant confirmedAt;
}
