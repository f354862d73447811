package org.ohchr.uprfund.gateway.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A fund manager asked to close a year, with every year before it (AccountingYearClosingRequested): it is closing. */
@Entity
@Table(name = "fund_year_closing")
public class YearClosing {

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "closing_year", nullable = false)
    public int closingYear;

    @Column(name = "closed_through", nullable = false)
    public LocalDate closedThrough;

    public String note;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;
}
