package org.ohchr.uprfund.gateway.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A year whose books a fund manager closed (AccountingYearClosed), with every year before it. */
@Entity
@Table(name = "fund_year_closure")
public class YearClosure {

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "closed_year", nullable = false)
    public int closedYear;

    @Column(name = "closed_through", nullable = false)
    public LocalDate closedThrough;

    public String note;

    @Column(name = "closed_at", nullable = false)
    public Instant closedAt;
}
