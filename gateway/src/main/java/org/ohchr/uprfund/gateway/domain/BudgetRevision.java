package org.ohchr.uprfund.gateway.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A revision of a project's budget, from BudgetRevised. */
@Entity
@Table(name = "fund_budget_revision")
public class BudgetRevision {

    @Id
    @Column(name = "revision_id")
    public UUID revisionId;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(name = "previous_budget_usd", nullable = false)
    public BigDecimal previousBudgetUsd;

    @Column(name = "revised_budget_usd", nullable = false)
    public BigDecimal revisedBudgetUsd;

    @Column(name = "change_usd", nullable = false)
    public BigDecimal changeUsd;

    @Column(name = "effective_on", nullable = false)
    public LocalDate effectiveOn;

    public String reason;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

}
