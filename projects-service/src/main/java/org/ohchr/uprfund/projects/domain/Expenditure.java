package org.ohchr.uprfund.projects.domain;

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
 * Money spent, in US dollars, in a UN cost category: by a project (with its State) or by the fund itself (the
 * secretariat's costs, no project); a reconciliation entry sits on an {@link ExpenditureLine}. When {@link #correctsId}
 * is set it is a correction: a negative entry of the corrected entry's category and project. Entries are never updated
 * or deleted.
 */
@Entity
@Table(name = "expenditure")
public class Expenditure extends ReconcilableEntry {

    @Id
    public UUID id;

    /** Null for fund-level expenditure. */
    @Column(name = "project_id", updatable = false)
    public UUID projectId;

    /** The project's State; null for fund-level expenditure. */
    @Column(length = 3, updatable = false)
    public String iso3;

    /** The accounting date; for a correction, the date of the correction. */
    @Column(name = "spent_on", nullable = false, updatable = false)
    public LocalDate spentOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "cost_category", nullable = false, length = 30, updatable = false)
    public CostCategory costCategory;

    /** Scale 2; positive, or negative for a correction. */
    @Column(name = "amount_usd", nullable = false, precision = 19, scale = 2, updatable = false)
    public BigDecimal amountUsd;

    /** What was paid for; for a correction, why it is made. */
    @Column(nullable = false, length = 500, updatable = false)
    public String description;

    /** An invoice, obligation or journal number. */
    @Column(length = 200, updatable = false)
    public String reference;

    /** The entry this one corrects; null for an ordinary entry. */
    @Column(name = "corrects_id", updatable = false)
    public UUID correctsId;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;

    /** Who recorded it (the token's {@code upn}). */
    @Column(name = "recorded_by", nullable = false, length = 200, updatable = false)
    public String recordedBy;

    public boolean isCorrection() {
        return correctsId != null;
    }

    public boolean isFundLevel() {
        return projectId == null;
    }
}
