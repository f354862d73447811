package org.ohchr.uprfund.contributions.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A correction of an income entry: a new entry of the opposite sign, for all of the original or a part of it. */
@Schema(name = "NewIncomeReversal", description = "A reversal of an income entry, wholly or in part")
public record NewIncomeReversal(
        @NotNull @Schema(description = "Accounting date of the reversal; not before the original's, not in the future",
                examples = "2021-01-15") LocalDate accountingDate,
        @Schema(description = "How much to reverse, as a positive number of US dollars no larger than the original's amount;"
                + " the whole original when absent", examples = "20763.34") BigDecimal amountUsd,
        @NotBlank @Size(max = 500) @Schema(examples = "Recorded twice: the bank statement shows one receipt") String reason) {
}
