package org.ohchr.uprfund.recommendations.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A CSV file imported, with what became of its rows: one outcome byte per row ({@link RowOutcome#code()}) and the id of
 * each row's recommendation (16 bytes per row, zeros for a refused row), in file order. The changed fields of updated
 * rows and the problems of refused rows are {@link ImportRowDetail}s.
 */
@Entity
@Table(name = "recommendation_import")
public class RecommendationImport {

    @Id
    public UUID id;

    @Column(name = "imported_at", nullable = false)
    public Instant importedAt;

    @Column(name = "imported_by", nullable = false, length = 200)
    public String importedBy;

    /** Data rows, the header not counted. */
    @Column(nullable = false)
    public int rows;

    @Column(nullable = false)
    public int created;

    @Column(nullable = false)
    public int updated;

    @Column(nullable = false)
    public int unchanged;

    @Column(nullable = false)
    public int refused;

    @Column(nullable = false)
    public long bytes;

    @Column(name = "duration_ms", nullable = false)
    public long durationMs;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public byte[] outcomes;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "recommendation_ids", nullable = false)
    public byte[] recommendationIds;
}
