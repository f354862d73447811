package org.ohchr.uprfund.contributions.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An accounting year closed for the whole fund: every ledger confirmed its closing ({@link AccountingYearClosing}), so
 * no ledger accepts an entry dated in it, or in any year before it, any more.
 * Never reopened, updated or deleted.
 */
@Entity
@Table(name = "accounting_year_closure")
public class AccountingYearClosure {

    @Id
    public int year;

    /** Why, or on what authority, such as the audit opinion; optional. */
    @Column(length = 500, updatable = false)
    public String note;

    @Column(name = "closed_at", nullable = false, updatable = false)
    public Instant closedAt;

    @Column(name = "closed_by", nullable = false, length = 200, updatable = false)
    public String closedBy;
}
