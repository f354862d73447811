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
 * Other income in US dollars (IncomeRecorded), or the entry of opposite sign that reverses one (IncomeReversed); a
 * reconciliation entry sits on a {@link StatementLine} of the income section.
 */
@Entity
@Table(name = "fund_income")
public class IncomeEntry extends ReconcilableEntry {

    @Id
    @Column(name = "income_id")
    public UUID incomeId;

    @Column(name = "reverses_income_id")
    public UUID reversesIncomeId;

    /** INVESTMENT, MISCELLANEOUS, PRIOR_YEAR_PLEDGE_RECEIPT or EXCHANGE_GAIN_LOSS. */
    @Column(nullable = false)
    public String kind;

    @Column(name = "accounting_date", nullable = false)
    public LocalDate accountingDate;

    @Column(name = "amount_usd", nullable = false)
    public BigDecimal amountUsd;

    public String description;

    @Column(name = "donor_id")
    public UUID donorId;

    @Column(name = "pledge_period")
    public String pledgePeriod;

    public String reason;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
