package org.ohchr.uprfund.projects.mapping;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ohchr.uprfund.projects.domain.ProjectStatus;

@Schema(name = "StatusChange", description = "A move of a project along its lifecycle")
public record StatusChangeResponse(
        UUID id,
        ProjectStatus previousStatus,
        ProjectStatus status,
        @Schema(nullable = true) String reason,
        Instant changedAt) {
}
