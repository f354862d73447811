package org.ohchr.uprfund.projects.mapping;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClosedPeriod", description = "A closing of the fund's books, as contributions-service published it")
public record ClosedPeriodResponse(
        @Schema(description = "The id of the event that said so") UUID eventId,
        @Schema(description = "AccountingYearClosingRequested (confirmed by this ledger), AccountingYearClosed or BalanceCarriedForward") String closedBy,
        LocalDate closedThrough,
        @Schema(description = "The year closed; null for a balance carried forward", nullable = true) Integer year,
        @Schema(description = "The date of the balance carried forward; null for a year closed", nullable = true) LocalDate balanceDate,
        @Schema(description = "When contributions-service made it", nullable = true) Instant occurredAt,
        @Schema(description = "When this service applied it") Instant appliedAt) {
}
