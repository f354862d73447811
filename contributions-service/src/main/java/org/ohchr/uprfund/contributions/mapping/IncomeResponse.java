package org.ohchr.uprfund.contributions.mapping;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ohchr.uprfund.contributions.domain.IncomeKind;

@Schema(name = "Income", description = "An entry of other income in US dollars; a reversal names the entry it reverses")
public record IncomeResponse(
        UUID id,
        IncomeKind kind,
        LocalDate accountingDate,
        @Schema(description = "US dollars at scale 2; negative for an exchange loss or a reversal") BigDecimal amountUsd,
        @Schema(description = "What the entry is; for a reversal, the reason") String description,
        @Schema(description = "Receipts of prior-year pledges only: the donor, when known; null otherwise", nullable = true)
        UUID donorId,
        @Schema(description = "Receipts of prior-year pledges only: the pledge's period; null otherwise", nullable = true)
        String pledgePeriod,
        @Schema(description = "Set only on an entry that exists to reconcile the books with a published report; null otherwise",
                nullable = true)
        IncomeReconciliation reconciliation,
        @Schema(description = "The entry this one reverses; null unless it is a reversal", nullable = true) UUID reversedIncomeId,
        @Schema(description = "The entry that reverses this one; null unless it has been reversed", nullable = true)
        UUID reversedByIncomeId,
        Instant recordedAt) {
}
