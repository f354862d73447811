package org.ohchr.uprfund.projects.mapping;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BudgetRevision", description = "A revision of a project's budget, never changed")
public record BudgetRevisionResponse(
        UUID id,
        UUID projectId,
        BigDecimal previousBudgetUsd,
        BigDecimal revisedBudgetUsd,
        @Schema(description = "revisedBudgetUsd - previousBudgetUsd; negative for a cut") BigDecimal changeUsd,
        LocalDate effectiveOn,
        String reason,
        Instant recordedAt) {
}
