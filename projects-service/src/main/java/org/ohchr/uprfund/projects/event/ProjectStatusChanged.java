package org.ohchr.uprfund.projects.event;

import java.time.Instant;
import java.util.UUID;

import org.ohchr.uprfund.projects.domain.ProjectStatus;
import org.ohchr.uprfund.projects.domain.ProjectStatusChange;

/**
 * A project moved along its lifecycle (every move but the approval, which is {@link ProjectApproved}).
 * Schema: {@code META-INF/resources/events/ProjectStatusChanged.json}.
 */
public record ProjectStatusChanged(UUID projectId, String iso3, ProjectStatus previousStatus, ProjectStatus status, String reason,
        String changedBy, Instant recordedAt) implements ProjectEvent {

    public static final String TYPE = "org.ohchr.uprfund.projects.ProjectStatusChanged";

    public static ProjectStatusChanged of(ProjectStatusChange change, String iso3) {
        return new ProjectStatusChanged(change.projectId, iso3, change.previousStatus, change.status, change.reason, change.changedBy,
                change.changedAt);
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
