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
        UUID donorId,
        String pledgePeriod,
        @Schema(description = "Set only on an entry that exists to reconcile the books with a published report")
        IncomeReconciliation reconciliation,
        @Schema(description = "The entry this one reverses, if it is a reversal") UUID reversedIncomeId,
        @Schema(description = "The entry that reverses this one, if it has been reversed") UUID reversedByIncomeId,
        Instant recordedAt) {
}
