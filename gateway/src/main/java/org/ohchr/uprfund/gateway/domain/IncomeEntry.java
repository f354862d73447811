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

    /** The line of a published report this entry reconciles with; null for an ordinary entry. */
    @Column(name = "reconciliation_report_line")
    public String reconciliationReportLine;

    @Column(name = "reconciliation_note")
    public String reconciliationNote;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
