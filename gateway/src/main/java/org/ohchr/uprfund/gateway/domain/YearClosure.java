package org.ohchr.uprfund.gateway.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A year closed for the whole fund, with every year before it (AccountingYearClosed): every ledger confirmed its closing
 * ({@link YearClosing}), so none accepts an entry dated in it any more.
 */
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
