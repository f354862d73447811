package org.ohchr.uprfund.contributions.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A fund manager closed an accounting year: no entry dated in it, or in any year before it, is accepted any more.
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
