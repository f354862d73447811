package org.ohchr.uprfund.gateway.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A field office's report on a project for a period, from ProgressReported. */
@Entity
@Table(name = "fund_progress_update")
public class ProgressUpdate {

    @Id
    @Column(name = "update_id")
    public UUID updateId;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(nullable = false)
    public String iso3;

    @Column(name = "period_start", nullable = false)
    public LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    public LocalDate periodEnd;

    /** ON_TRACK, MINOR_DELAYS, AT_RISK or OFF_TRACK. */
    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public String narrative;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "recommendation_ids", nullable = false)
    public UUID[] recommendationIds;

    /** The indicators as the event gives them, a JSON array. */
    @Column(nullable = false)
    public String indicators;

    @Column(name = "reported_by", nullable = false)
    public String reportedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
