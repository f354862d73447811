package org.ohchr.uprfund.projects.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewExpenditureCorrection", description = "A correction of an expenditure entry: a negative entry of its category and project")
public record NewExpenditureCorrection(
        @NotNull @Schema(description = "Date of the correction: on or after the corrected entry's, not in the future, not in a closed period",
                examples = "2020-12-31") LocalDate spentOn,
        @Schema(description = "How much to take back, positive, no more than remains of the entry; absent for all that remains",
                examples = "5647.59") BigDecimal amountUsd,
        @NotBlank @Size(max = 500) @Schema(examples = "Travel cancelled: tickets refunded") String reason,
        @Size(max = 200) @Schema(description = "Credit note or journal number", examples = "JV-2020-0342") String reference,
        @Valid @Schema(description = "Only for an entry that exists to reconcile the books with a published report")
        ExpenditureReconciliation reconciliation) {
}
