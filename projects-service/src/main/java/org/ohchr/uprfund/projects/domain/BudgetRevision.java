package org.ohchr.uprfund.projects.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A revision of an approved project's budget: the budget it found, the budget it sets and the change between them.
 * Never updated or deleted; a project's current budget is its approved budget plus the changes of its revisions.
 */
@Entity
@Table(name = "budget_revision")
public class BudgetRevision {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false, updatable = false)
    public UUID projectId;

    @Column(name = "previous_budget_usd", nullable = false, precision = 19, scale = 2, updatable = false)
    public BigDecimal previousBudgetUsd;

    @Column(name = "revised_budget_usd", nullable = false, precision = 19, scale = 2, updatable = false)
    public BigDecimal revisedBudgetUsd;

    /** Revised less previous; negative for a cut. */
    @Column(name = "change_usd", nullable = false, precision = 19, scale = 2, updatable = false)
    public BigDecimal changeUsd;

    @Column(name = "effective_on", nullable = false, updatable = false)
    public LocalDate effectiveOn;

    @Column(nullable = false, length = 500, updatable = false)
    public String reason;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 200, updatable = false)
    public String recordedBy;
}
