package org.ohchr.uprfund.gateway.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Other income in US dollars (IncomeRecorded), or the entry of opposite sign that reverses one (IncomeReversed). */
@Entity
@Table(name = "fund_income")
public class IncomeEntry {

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
