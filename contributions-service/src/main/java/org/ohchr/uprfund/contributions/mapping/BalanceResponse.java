package org.ohchr.uprfund.contributions.mapping;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Balance", description = "An audited fund balance carried forward, at the start of its date")
public record BalanceResponse(
        UUID id,
        @Schema(description = "The day the balance opens: it includes every entry dated before it") LocalDate balanceDate,
        @Schema(description = "US dollars at scale 2") BigDecimal amountUsd,
        String source,
        @Schema(description = "Document symbol, page or line in the source; null when none was given", nullable = true)
        String reference,
        Instant recordedAt) {
}
