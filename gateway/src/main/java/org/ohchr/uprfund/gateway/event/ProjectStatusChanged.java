package org.ohchr.uprfund.gateway.event;

import java.time.Instant;
import java.util.UUID;

import org.ohchr.uprfund.gateway.domain.ProjectStatus;
import org.ohchr.uprfund.platform.inbox.CloudEventEnvelope;

/** Data of {@code org.ohchr.uprfund.projects.ProjectStatusChanged}: a project moved to another status. */
public record ProjectStatusChanged(UUID projectId, String iso3, ProjectStatus previousStatus, ProjectStatus status,
        String reason, String changedBy, Instant recordedAt) {

    public static final String TYPE = "org.ohchr.uprfund.projects.ProjectStatusChanged";

    public static ProjectStatusChanged from(CloudEventEnvelope event) {
        return EventPayload.bind(event, ProjectStatusChanged.class);
    }
}
