package org.ohchr.uprfund.projects.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A country project the fund supports: proposed by an OHCHR field presence with the State, approved with the State's
 * consent after its assessment against questions (a) to (d), then carried out. Its status and approval change (each
 * change is also an entry of its own, {@link ProjectStatusChange}); what it is for and where never changes. Its
 * budget after approval moves only through {@link BudgetRevision} entries.
 */
@Entity
@Table(name = "project")
public class Project {

    @Id
    public UUID id;

    /** The fund's reference for the project, unique in any case, such as {@code UPR-VF-2020-KHM}. */
    @Column(nullable = false, length = 50, updatable = false)
    public String code;

    /** The State, ISO 3166-1 alpha-3. */
    @Column(nullable = false, length = 3, updatable = false)
    public String iso3;

    @Column(nullable = false, length = 300, updatable = false)
    public String title;

    /** The OHCHR field presence that carries it out; null when not stated. */
    @Column(name = "field_presence", length = 200, updatable = false)
    public String fieldPresence;

    /** Null when the source does not state it: never guessed. */
    @Enumerated(EnumType.STRING)
    @Column(name = "strategic_area", length = 30, updatable = false)
    public StrategicArea strategicArea;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ProjectStatus status;

    @Column(name = "planned_start", updatable = false)
    public LocalDate plannedStart;

    @Column(name = "planned_end", updatable = false)
    public LocalDate plannedEnd;

    /** The budget of the proposal, US dollars; the budget until approval. */
    @Column(name = "proposed_budget_usd", nullable = false, precision = 19, scale = 2, updatable = false)
    public BigDecimal proposedBudgetUsd;

    /** What the budget figures rest on, when that needs saying (such as a source that gives none). */
    @Column(name = "budget_note", length = 500)
    public String budgetNote;

    /** UN Gender Equality Marker, 0 to 3; null when not assessed. */
    @Column(name = "gender_marker", updatable = false)
    public Short genderMarker;

    /** UPR recommendations (recommendations-service ids) the project works on. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "recommendation_ids", nullable = false, updatable = false)
    public UUID[] recommendationIds;

    /** Sustainable Development Goals, 1 to 17. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "sdg_goals", nullable = false, updatable = false)
    public Integer[] sdgGoals;

    @Column(name = "approved_on")
    public LocalDate approvedOn;

    @Column(name = "approved_budget_usd", precision = 19, scale = 2)
    public BigDecimal approvedBudgetUsd;

    /** Where the State's request and consent are on record. */
    @Column(name = "consent_reference", length = 300)
    public String consentReference;

    @Embedded
    @AttributeOverrides({ @AttributeOverride(name = "answer", column = @Column(name = "criterion_a_answer")),
            @AttributeOverride(name = "notes", column = @Column(name = "criterion_a_notes")) })
    public Criterion criterionA;

    @Embedded
    @AttributeOverrides({ @AttributeOverride(name = "answer", column = @Column(name = "criterion_b_answer")),
            @AttributeOverride(name = "notes", column = @Column(name = "criterion_b_notes")) })
    public Criterion criterionB;

    @Embedded
    @AttributeOverrides({ @AttributeOverride(name = "answer", column = @Column(name = "criterion_c_answer")),
            @AttributeOverride(name = "notes", column = @Column(name = "criterion_c_notes")) })
    public Criterion criterionC;

    @Embedded
    @AttributeOverrides({ @AttributeOverride(name = "answer", column = @Column(name = "criterion_d_answer")),
            @AttributeOverride(name = "notes", column = @Column(name = "criterion_d_notes")) })
    public Criterion criterionD;

    @Column(name = "proposed_at", nullable = false, updatable = false)
    public Instant proposedAt;

    /** Who proposed it (the token's {@code upn}). */
    @Column(name = "proposed_by", nullable = false, length = 200, updatable = false)
    public String proposedBy;

    /** When it last changed: its status, its approval or its budget. Every change makes a new version. */
    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Version
    public long version;

    public boolean isApproved() {
        return approvedOn != null;
    }

    /** The budget its revisions start from: the approved budget, or the proposal's until approval. */
    public BigDecimal baseBudgetUsd() {
        return isApproved() ? approvedBudgetUsd : proposedBudgetUsd;
    }
}
