package org.ohchr.uprfund.contributions.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ohchr.uprfund.contributions.domain.IncomeKind;

/** An entry of other income to record, in US dollars. */
@Schema(name = "NewIncome", description = "An entry of other income to record, in US dollars")
public record NewIncome(
        @NotNull @Schema(examples = "INVESTMENT") IncomeKind kind,
        @NotNull @Schema(description = "Accounting date; not in the future", examples = "2020-12-31") LocalDate accountingDate,
        @NotNull @Schema(description = "US dollars, at most two decimals, not zero; negative only for an exchange loss",
                examples = "20763.34") BigDecimal amountUsd,
        @NotBlank @Size(max = 500) @Schema(examples = "Interest on the fund's cash pool, 2020") String description,
        @Schema(description = "Receipts of prior-year pledges only: the donor, when known") UUID donorId,
        @Size(max = 9) @Schema(description = "Receipts of prior-year pledges only: the pledge's period, a year (2019) or a"
                + " biennium (2018-2019), ending before the accounting date's year",
                examples = "2019") String pledgePeriod,
        @Valid @Schema(description = "Only for an entry that exists to reconcile the books with a published report")
        IncomeReconciliation reconciliation) {
}
