package org.ohchr.uprfund.gateway.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Money spent on a project or by the fund itself, in one of Table 1's cost categories (ExpenditureRecorded), or the
 * negative entry that reverses some of it (ExpenditureReversed, dated when the correction was made).
 */
@Entity
@Table(name = "fund_expenditure")
public class Expenditure {

    @Id
    @Column(name = "expenditure_id")
    public UUID expenditureId;

    @Column(name = "reverses_expenditure_id")
    public UUID reversesExpenditureId;

    /** Null for fund-level costs. */
    @Column(name = "project_id")
    public UUID projectId;

    public String iso3;

    @Column(name = "spent_on", nullable = false)
    public LocalDate spentOn;

    @Column(name = "cost_category", nullable = false)
    public String costCategory;

    /** Positive when spent, negative on a reversal. */
    @Column(name = "amount_usd", nullable = false)
    public BigDecimal amountUsd;

    public String description;

    public String reference;

    public String reason;

    /**
     * The code of the statement line this entry is reconciled on ({@link StatementLine}, of the entry's section); null for
     * an ordinary entry, and for a reconciliation entry that stays on the line of its kind.
     */
    @Column(name = "reconciliation_line")
    public String reconciliationLine;

    /** Why the entry exists, quoting the report's line and figures; set on every reconciliation entry, null on the others. */
    @Column(name = "reconciliation_note")
    public String reconciliationNote;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
