package org.ohchr.uprfund.gateway.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What a published report states about a figure the gateway computes (a total, a statement line, the donors it names),
 * recorded by a fund manager so that the views show the report's figure beside the computed one. The gateway's own
 * record, not built from events; never changed once recorded.
 */
@Entity
@Table(name = "stated_figure")
public class StatedFigure {

    @Id
    public UUID id;

    /** The report, such as "A/HRC/47/xx, annual report 2020". */
    @Column(nullable = false)
    public String report;

    /** Which figure: a key of {@link FigureKey}, such as {@code contributions.total} or {@code statement.2020.CLOSING_BALANCE}. */
    @Column(nullable = false)
    public String figure;

    /** The amount the report states, in US dollars; null when it states only names. */
    @Column(name = "value_usd")
    public BigDecimal valueUsd;

    /** The donors the report names for this figure; null when it names none. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] donors;

    public String note;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
