package org.ohchr.uprfund.projects.mapping;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ohchr.uprfund.projects.domain.CostCategory;

@Schema(name = "Expenditure", description = "An expenditure entry in US dollars; a correction names the entry it corrects")
public record ExpenditureResponse(
        UUID id,
        @Schema(description = "Null for fund-level expenditure", nullable = true) UUID projectId,
        @Schema(description = "The project's State; null for fund-level expenditure", nullable = true) String iso3,
        LocalDate spentOn,
        CostCategory costCategory,
        @Schema(description = "US dollars at scale 2; negative for a correction") BigDecimal amountUsd,
        @Schema(description = "What was paid for; for a correction, why it was made") String description,
        @Schema(nullable = true) String reference,
        @Schema(description = "Set only on an entry that exists to reconcile the books with a published report", nullable = true)
        ExpenditureReconciliation reconciliation,
        @Schema(description = "The entry this one corrects; null unless it is a correction", nullable = true) UUID correctsExpenditureId,
        @Schema(description = "What corrections took back from this entry so far, positive; null for a correction", nullable = true)
        BigDecimal correctedUsd,
        @Schema(description = "What remains of this entry after its corrections; null for a correction", nullable = true)
        BigDecimal remainingUsd,
        Instant recordedAt) {
}
