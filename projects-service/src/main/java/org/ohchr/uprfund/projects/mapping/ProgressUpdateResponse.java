package org.ohchr.uprfund.projects.mapping;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ohchr.uprfund.platform.classification.Audience;
import org.ohchr.uprfund.platform.classification.Classified;
import org.ohchr.uprfund.platform.classification.VisibleTo;
import org.ohchr.uprfund.projects.domain.ProgressStatus;

@Schema(name = "ProgressUpdate", description = "A field office's report on a project for a period, never changed")
public record ProgressUpdateResponse(
        UUID id,
        UUID projectId,
        String iso3,
        LocalDate periodStart,
        LocalDate periodEnd,
        ProgressStatus status,
        String narrative,
        List<IndicatorValue> indicators,
        List<UUID> recommendationIds,
        @Classified(Audience.PROJECT_STAFF)
        @Schema(description = "Who reported it. " + VisibleTo.PROJECT_STAFF) String reportedBy,
        Instant recordedAt) {
}
