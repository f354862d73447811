package org.ohchr.uprfund.projects.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ohchr.uprfund.projects.domain.CostCategory;

@Schema(name = "NewExpenditure", description = "Money spent, in US dollars: by a project, or by the fund itself (no projectId)")
public record NewExpenditure(
        @Schema(description = "The project; absent for fund-level expenditure (the secretariat's costs)") UUID projectId,
        @NotNull @Schema(description = "Accounting date; not in the future, not in a closed period", examples = "2020-12-31") LocalDate spentOn,
        @NotNull @Schema(examples = "STAFF") CostCategory costCategory,
        @NotNull @Schema(description = "US dollars, greater than zero, at most two decimals", examples = "317975.13") BigDecimal amountUsd,
        @NotBlank @Size(max = 500) @Schema(examples = "Human rights adviser, salary and common staff costs, 2020") String description,
        @Size(max = 200) @Schema(description = "Invoice, obligation or journal number", examples = "OBL-2020-0117") String reference,
        @Valid @Schema(description = "Only for an entry that exists to reconcile the books with a published report")
        ExpenditureReconciliation reconciliation) {
}
