package org.ohchr.uprfund.contributions.mapping;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ohchr.uprfund.contributions.domain.PledgeStatus;

@Schema(name = "Pledge", description = "A donor's pledge, with what has been paid and what is outstanding, derived from the"
        + " contributions applied to it and from its cancellation, if any")
public record PledgeResponse(
        UUID id,
        UUID donorId,
        @Schema(description = "In the pledge's currency, at its number of decimals") BigDecimal amount,
        @Schema(description = "ISO 4217 code") String currency,
        @Schema(description = "US dollars per unit of the currency on the date pledged") BigDecimal usdPerUnit,
        @Schema(description = "amount at usdPerUnit, scale 2, half-even") BigDecimal amountUsd,
        LocalDate pledgedOn,
        @Schema(description = "A year (2020) or a biennium (2016-2017)", examples = "2020") String period,
        @Schema(description = "When payment is expected; null when not agreed", nullable = true) LocalDate dueOn,
        PledgeStatus status,
        @Schema(description = "Sum of the contributions applied to the pledge, reversals deducted, in its currency") BigDecimal paidAmount,
        @Schema(description = "Still expected, in the pledge's currency; zero once paid, cancelled or written off") BigDecimal outstandingAmount,
        @Schema(description = "outstandingAmount at the pledge's rate, scale 2") BigDecimal outstandingUsd,
        @Schema(description = "What will not be collected, in the pledge's currency: on a cancelled or written-off pledge its"
                + " amount less what was paid (a payment reversed after the decision adds to it); zero otherwise")
        BigDecimal cancelledAmount,
        @Schema(description = "cancelledAmount at the pledge's rate, scale 2") BigDecimal cancelledUsd,
        @Schema(description = "The cancellation or write-off; null while there is none", nullable = true)
        PledgeCancellationResponse cancellation,
        Instant recordedAt,
        @Schema(description = "The ETag: the number of facts recorded against the pledge (payments, reversals, cancellation)")
        long version) {
}
