package org.ohchr.uprfund.projects.mapping;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ohchr.uprfund.projects.domain.ProjectStatus;

@Schema(name = "NewStatusChange", description = "A move of a project along its lifecycle (approval has its own operation)")
public record NewStatusChange(
        @NotNull @Schema(examples = "SUSPENDED") ProjectStatus status,
        @Size(max = 500) @Schema(description = "Why; required for SUSPENDED and CANCELLED",
                examples = "National state of emergency: all meetings postponed") String reason) {
}
