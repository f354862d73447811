package org.ohchr.uprfund.projects.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewApproval", description = "The approval of a proposed project: the State's consent, the assessment, the budget")
public record NewApproval(
        @NotNull @Schema(description = "Not in the future", examples = "2020-03-15") LocalDate approvedOn,
        @NotNull @Schema(description = "US dollars, at most two decimals, zero or more", examples = "120000.00") BigDecimal approvedBudgetUsd,
        @Size(max = 500) @Schema(description = "What the budget figure rests on, when that needs saying; replaces the proposal's note")
        String budgetNote,
        @NotBlank @Size(max = 300) @Schema(description = "Where the State's request and consent are on record",
                examples = "Note verbale of the Permanent Mission, 12 February 2020") String consentReference,
        @Valid @NotNull Assessment assessment) {
}
