package org.ohchr.uprfund.gateway.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.ohchr.uprfund.platform.ledger.ReconcilableEntry;

/**
 * Money spent on a project or by the fund itself, in one of Table 1's cost categories (ExpenditureRecorded), or the
 * negative entry that reverses some of it (ExpenditureReversed, dated when the correction was made); a reconciliation
 * entry sits on a {@link StatementLine} of the expenditure section.
 */
@Entity
@Table(name = "fund_expenditure")
public class Expenditure extends ReconcilableEntry {

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

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
