package org.ohchr.uprfund.recommendations.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One change of a recommendation's implementation status: history, never updated or deleted (the database refuses it). */
@Entity
@Table(name = "implementation_status_change")
public class StatusChange {

    public static final int MAX_EVIDENCE_LENGTH = 2000;
    public static final int MAX_NOTE_LENGTH = 1000;

    @Id
    public UUID id;

    @Column(name = "recommendation_id", nullable = false)
    public UUID recommendationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "previous_status", nullable = false, length = 25)
    public ImplementationStatus previousStatus;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 25)
    public ImplementationStatus status;

    /** An http(s) link to what shows the change: a law, a report, a decree. */
    @Column(length = MAX_EVIDENCE_LENGTH)
    public String evidence;

    @Column(length = MAX_NOTE_LENGTH)
    public String note;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 200)
    public String changedBy;
}
