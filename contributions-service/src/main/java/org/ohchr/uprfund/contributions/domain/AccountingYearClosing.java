package org.ohchr.uprfund.contributions.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A fund manager asked to close an accounting year, and with it every year before it. The year is "closing" until every
 * ledger has confirmed it ({@link FundLedgers}), then closed ({@link AccountingYearClosure}). Never withdrawn, updated or
 * deleted.
 */
@Entity
@Table(name = "accounting_year_closing")
public class AccountingYearClosing {

    @Id
    public int year;

    /** Why, or on what authority, such as the audit opinion; optional. */
    @Column(length = 500, updatable = false)
    public String note;

    @Column(name = "requested_at", nullable = false, updatable = false)
    public Instant requestedAt;

    @Column(name = "requested_by", nullable = false, length = 200, updatable = false)
    public String requestedBy;
}
