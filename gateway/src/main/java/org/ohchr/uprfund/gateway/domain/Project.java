package org.ohchr.uprfund.gateway.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A country project as it now is: proposed (ProjectProposed), then approved (ProjectApproved), moved through its
 * statuses (ProjectStatusChanged) and budget revisions (BudgetRevised). Its status history is kept apart
 * ({@link ProjectStatusChange}) for figures as of a past date.
 */
@Entity
@Table(name = "fund_project")
public class Project {

    @Id
    @Column(name = "project_id")
    public UUID projectId;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String iso3;

    @Column(nullable = false)
    public String title;

    @Column(name = "field_presence")
    public String fieldPresence;

    @Column(name = "strategic_area")
    public String strategicArea;

    @Column(name = "planned_start")
    public LocalDate plannedStart;

    @Column(name = "planned_end")
    public LocalDate plannedEnd;

    @Column(name = "proposed_budget_usd", nullable = false)
    public BigDecimal proposedBudgetUsd;

    @Column(name = "approved_budget_usd")
    public BigDecimal approvedBudgetUsd;

    @Column(name = "approved_on")
    public LocalDate approvedOn;

    /** The budget now: proposed, then approved, then as last revised. */
    @Column(name = "budget_usd", nullable = false)
    public BigDecimal budgetUsd;

    /** What the budget figure rests on, when the producer says (such as a source that gives none); null otherwise. */
    @Column(name = "budget_note")
    public String budgetNote;

    @Column(nullable = false)
    public String status;

    @Column(name = "gender_marker")
    public Integer genderMarker;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "recommendation_ids", nullable = false)
    public UUID[] recommendationIds;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "sdg_goals", nullable = false)
    public Integer[] sdgGoals;

    @Column(name = "proposed_at", nullable = false)
    public Instant proposedAt;

    /** When the newest event applied to it happened, per its producer: shown, never compared. */
    @Column(name = "last_event_time", nullable = false)
    public Instant lastEventTime;

    /**
     * The aggregate sequence of the newest event applied to it: an event with a higher one is newer, so an older event
     * replayed later does not undo a newer state; null while only events without one were applied (their order is the
     * order applied).
     */
    @Column(name = "last_sequence")
    public Long lastSequence;
}
