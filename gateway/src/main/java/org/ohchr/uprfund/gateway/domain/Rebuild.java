package org.ohchr.uprfund.gateway.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A rebuild of the read model from offset zero into a fresh schema, and how its figures compared with the live ones. */
@Entity
@Table(name = "read_model_rebuild")
public class Rebuild {

    public enum Status { RUNNING, DONE, FAILED }

    @Id
    public UUID id;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "records_read", nullable = false)
    public long recordsRead;

    @Column(name = "figures_compared", nullable = false)
    public int figuresCompared;

    /** True when every figure of the rebuilt model equals the live one; null until done. */
    public Boolean equal;

    /** The figures that differ, as a JSON array of {figure, live, rebuilt}; null until done. */
    public String differences;

    public String failure;
}
