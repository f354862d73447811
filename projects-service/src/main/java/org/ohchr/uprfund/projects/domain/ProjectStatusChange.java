package org.ohchr.uprfund.projects.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A move of a project along its lifecycle, the approval included. Never updated or deleted. */
@Entity
@Table(name = "project_status_change")
public class ProjectStatusChange {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false, updatable = false)
    public UUID projectId;

    @Enumerated(EnumType.STRING)
    @Column(name = "previous_status", nullable = false, length = 20, updatable = false)
    public ProjectStatus previousStatus;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    public ProjectStatus status;

    @Column(length = 500, updatable = false)
    public String reason;

    @Column(name = "changed_at", nullable = false, updatable = false)
    public Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 200, updatable = false)
    public String changedBy;
}
