package org.ohchr.uprfund.projects.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewBudgetRevision", description = "A revision of an approved project's budget")
public record NewBudgetRevision(
        @NotNull @Schema(description = "The budget it sets, US dollars, zero or more, other than the current one", examples = "150000.00")
        BigDecimal revisedBudgetUsd,
        @NotNull @Schema(description = "On or after the approval", examples = "2020-09-01") LocalDate effectiveOn,
        @NotBlank @Size(max = 500) @Schema(examples = "Second phase approved by the Board") String reason) {
}
