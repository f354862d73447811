package org.ohchr.uprfund.contributions.mapping;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ohchr.uprfund.platform.classification.Audience;
import org.ohchr.uprfund.platform.classification.Classified;
import org.ohchr.uprfund.platform.classification.VisibleTo;

@Schema(name = "Contribution", description = "Money received from a donor, or a negative entry reversing part or all of one")
public record ContributionResponse(
        UUID id,
        UUID donorId,
        @Schema(description = "The pledge it pays; null when it pays none", nullable = true) UUID pledgeId,
        @Schema(description = "Date received; for a reversal, the date of the correction") LocalDate receivedOn,
        @Schema(description = "As received, in its currency; negative for a reversal") BigDecimal amount,
        @Schema(description = "ISO 4217 code") String currency,
        @Schema(description = "US dollars per unit of the currency at receipt") BigDecimal usdPerUnit,
        @Schema(description = "amount at usdPerUnit, scale 2, half-even; negative for a reversal") BigDecimal amountUsd,
        @Schema(description = "The period it counts for in Table 2", examples = "2020") String period,
        @Classified(Audience.FUND_MANAGEMENT)
        @Schema(description = "The bank's reference of the transfer; null when none was given. " + VisibleTo.FUND_MANAGEMENT,
                nullable = true)
        String bankReference,
        @Schema(description = "On a reversal, the entry it reverses; null otherwise", nullable = true) UUID reversesContributionId,
        @Schema(description = "On a reversal, why; null otherwise", nullable = true) String reason,
        @Schema(description = "The exchange gain (positive) or loss (negative) recorded with this entry, US dollars at scale 2;"
                + " null when none was recorded", nullable = true)
        BigDecimal exchangeDifferenceUsd,
        @Schema(description = "Of an entry received: what remains after its reversals (zero once reversed in full); null on a"
                + " reversal", nullable = true)
        BigDecimal remainingAmount,
        Instant recordedAt) {
}
