package org.ohchr.uprfund.projects.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A field office's report on a project for a period. Never updated or deleted: a later report supersedes it. */
@Entity
@Table(name = "progress_update")
public class ProgressUpdate {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false, updatable = false)
    public UUID projectId;

    /** The project's State, kept with the report. */
    @Column(nullable = false, length = 3, updatable = false)
    public String iso3;

    @Column(name = "period_start", nullable = false, updatable = false)
    public LocalDate periodStart;

    @Column(name = "period_end", nullable = false, updatable = false)
    public LocalDate periodEnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    public ProgressStatus status;

    @Column(nullable = false, length = 20000, updatable = false)
    public String narrative;

    /** The UPR recommendations (recommendations-service ids) the period's work addressed. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "recommendation_ids", nullable = false, updatable = false)
    public UUID[] recommendationIds;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "progress_indicator", joinColumns = @JoinColumn(name = "update_id"))
    @OrderColumn(name = "position")
    public List<Indicator> indicators = new ArrayList<>();

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;

    /** Who reported it (the token's {@code upn}). */
    @Column(name = "recorded_by", nullable = false, length = 200, updatable = false)
    public String recordedBy;
}
