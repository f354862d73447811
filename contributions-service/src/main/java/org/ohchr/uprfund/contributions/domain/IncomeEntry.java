package org.ohchr.uprfund.contributions.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.ohchr.uprfund.platform.ledger.ReconcilableEntry;

/**
 * One line of the fund's other income, in US dollars, at an accounting date; a reconciliation entry sits on an
 * {@link IncomeLine}. Never updated or deleted: a correction is a reversal, another entry of the opposite sign whose
 * {@link #reversedIncomeId} names this one.
 */
@Entity
@Table(name = "income_entry")
public class IncomeEntry extends ReconcilableEntry {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    public IncomeKind kind;

    @Column(name = "accounting_date", nullable = false, updatable = false)
    public LocalDate accountingDate;

    /** Scale 2; negative for an exchange loss or a reversal. */
    @Column(name = "amount_usd", nullable = false, precision = 19, scale = 2, updatable = false)
    public BigDecimal amountUsd;

    @Column(nullable = false, length = 500, updatable = false)
    public String description;

    /** The donor whose prior-year pledge was received, when known; receipts of prior-year pledges only. */
    @Column(name = "donor_id", updatable = false)
    public UUID donorId;

    /** The period of the pledge received, such as {@code 2019} or {@code 2018-2019}; receipts of prior-year pledges only. */
    @Column(name = "pledge_period", length = 9, updatable = false)
    public String pledgePeriod;

    /** The entry this one reverses; null for an ordinary entry. */
    @Column(name = "reversed_income_id", updatable = false)
    public UUID reversedIncomeId;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;

    /** Who recorded it (the token's {@code upn}); kept for audit, not published. */
    @Column(name = "recorded_by", nullable = false, length = 200, updatable = false)
    public String recordedBy;

    public boolean isReversal() {
        return reversedIncomeId != null;
    }
}
