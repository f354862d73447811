package org.ohchr.uprfund.contributions.mapping;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExchangeDifference", description = "An exchange gain or loss the service recorded when a contribution paid a"
        + " pledge made in another currency at a different rate, or the reversal of one")
public record ExchangeDifferenceResponse(
        UUID id,
        @Schema(description = "The contribution (or reversal entry) it was recorded with") UUID contributionId,
        UUID pledgeId,
        UUID donorId,
        @Schema(description = "On a reversal, the difference it reverses; null otherwise", nullable = true)
        UUID reversesExchangeDifferenceId,
        @Schema(description = "Accounting date: the date of the contribution or reversal") LocalDate recordedOn,
        @Schema(description = "Amount applied to the pledge, in its currency; negative on a reversal") BigDecimal amountApplied,
        String currency,
        BigDecimal pledgeUsdPerUnit,
        BigDecimal receiptUsdPerUnit,
        @Schema(description = "amountApplied x (receiptUsdPerUnit - pledgeUsdPerUnit), scale 2, half-even: a gain when positive,"
                + " a loss when negative") BigDecimal amountUsd,
        Instant recordedAt) {
}
