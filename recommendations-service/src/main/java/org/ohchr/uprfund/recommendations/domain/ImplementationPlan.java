package org.ohchr.uprfund.recommendations.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * How a recommendation is to be implemented: its priority, the institutions responsible, the period planned, the
 * resources needed and the indicators of achievement. A recommendation has none until someone writes it; its status is
 * the recommendation's ({@link Recommendation#implementationStatus}) and its version the recommendation's.
 */
@Entity
@Table(name = "implementation_plan")
public class ImplementationPlan {

    @Id
    @Column(name = "recommendation_id")
    public UUID recommendationId;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    public Priority priority;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "responsible_institutions", nullable = false)
    public String[] responsibleInstitutions;

    @Column(name = "planned_start")
    public LocalDate plannedStart;

    @Column(name = "planned_end")
    public LocalDate plannedEnd;

    @Column(name = "resources_needed", length = 2000)
    public String resourcesNeeded;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] indicators;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 200)
    public String updatedBy;

    /** Replaces what is planned. (Through this method, so that Hibernate sees the change of a plan it manages.) */
    public void write(Priority priority, String[] responsibleInstitutions, LocalDate plannedStart, LocalDate plannedEnd,
            String resourcesNeeded, String[] indicators, String updatedBy, Instant updatedAt) {
        this.priority = priority;
        this.responsibleInstitutions = responsibleInstitutions;
        this.plannedStart = plannedStart;
        this.plannedEnd = plannedEnd;
        this.resourcesNeeded = resourcesNeeded;
        this.indicators = indicators;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }

    /** The plan of a recommendation that has none yet: nothing planned. */
    public static ImplementationPlan empty(UUID recommendationId) {
        ImplementationPlan plan = new ImplementationPlan();
        plan.recommendationId = recommendationId;
        plan.responsibleInstitutions = new String[0];
        plan.indicators = new String[0];
        return plan;
    }
}
