package org.ohchr.uprfund.projects.mapping;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ohchr.uprfund.projects.domain.ProgressStatus;

@Schema(name = "NewProgressUpdate", description = "A field office's report on a project for a period")
public record NewProgressUpdate(
        @NotNull @Schema(description = "Not in the future", examples = "2020-01-01") LocalDate periodStart,
        @NotNull @Schema(description = "On or after periodStart", examples = "2020-12-31") LocalDate periodEnd,
        @NotNull @Schema(examples = "ON_TRACK") ProgressStatus status,
        @NotBlank @Size(max = 20000) @Schema(examples = "The tracking database was launched with the Cambodian Human Rights Committee.")
        String narrative,
        @Size(max = 50) List<@Valid @NotNull IndicatorValue> indicators,
        @Size(max = 500) @Schema(description = "UPR recommendations (recommendations-service ids) the period's work addressed")
        List<@NotNull UUID> recommendationIds) {
}
