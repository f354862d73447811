package org.ohchr.uprfund.projects.mapping;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ohchr.uprfund.projects.domain.ProjectStatus;
import org.ohchr.uprfund.projects.domain.StrategicArea;

@Schema(name = "Project", description = "A country project, with its budget and what it has spent, summed from the entries")
public record ProjectResponse(
        UUID id,
        String code,
        @Schema(description = "The State, ISO 3166-1 alpha-3") String iso3,
        String title,
        @Schema(description = "Null when not stated", nullable = true) String fieldPresence,
        @Schema(description = "Null when not stated: never guessed", nullable = true) StrategicArea strategicArea,
        ProjectStatus status,
        @Schema(nullable = true) LocalDate plannedStart,
        @Schema(nullable = true) LocalDate plannedEnd,
        @Schema(description = "The proposal's budget, US dollars") BigDecimal proposedBudgetUsd,
        @Schema(description = "The approved budget plus the changes of its revisions; the proposal's budget until approval")
        BigDecimal currentBudgetUsd,
        @Schema(description = "What the budget figures rest on, when that needs saying", nullable = true) String budgetNote,
        @Schema(description = "Expenditure recorded for the project, corrections included") BigDecimal spentUsd,
        @Schema(description = "spentUsd / currentBudgetUsd, four decimals; null when the budget is zero", nullable = true)
        BigDecimal deliveryRate,
        @Schema(description = "UN Gender Equality Marker, 0 to 3; null when not assessed", nullable = true) Integer genderMarker,
        List<UUID> recommendationIds,
        List<Integer> sdgGoals,
        @Schema(description = "Null until the project is approved", nullable = true) ApprovalResponse approval,
        Instant proposedAt,
        @Schema(description = "The version, also sent as the ETag: a change needs it in If-Match") long version) {
}
