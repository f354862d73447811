package org.ohchr.uprfund.contributions.mapping;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ohchr.uprfund.contributions.domain.PledgeCancellationReason;

@Schema(name = "PledgeCancellation", description = "The recorded cancellation or write-off of what remained unpaid of a pledge")
public record PledgeCancellationResponse(
        UUID pledgeId,
        PledgeCancellationReason reason,
        LocalDate effectiveOn,
        @Schema(description = "What was still outstanding and will not be collected, in the pledge's currency") BigDecimal outstandingAmount,
        String currency,
        @Schema(description = "outstandingAmount at the pledge's rate, US dollars at scale 2") BigDecimal outstandingUsd,
        @Schema(description = "Null when none was given", nullable = true) String note,
        Instant recordedAt) {
}
