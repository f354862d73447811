package org.ohchr.uprfund.contributions.mapping;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A donor's pledges and contributions in US dollars, by period, with totals summed from the period rows. */
@Schema(name = "DonorSummary", description = "What a donor pledged, paid and still owes, in US dollars, by period; each total is"
        + " the sum of the period rows")
public record DonorSummaryResponse(
        DonorResponse donor,
        @Schema(description = "Sum of the pledges' US dollar values at their pledge-time rates") BigDecimal pledgedUsd,
        @Schema(description = "Sum of the contributions received (with or without a pledge), reversals deducted, at their"
                + " receipt-time rates") BigDecimal receivedUsd,
        @Schema(description = "Sum of what remains unpaid of the pledges not cancelled, at their pledge-time rates")
        BigDecimal outstandingUsd,
        @Schema(description = "Sum of what was cancelled or written off, at the pledges' rates") BigDecimal cancelledUsd,
        @Schema(description = "What remains unpaid, in each currency pledged") List<CurrencyAmount> outstandingByCurrency,
        @Schema(description = "Ordered by period") List<PeriodRow> byPeriod) {

    @Schema(name = "DonorSummaryPeriod")
    public record PeriodRow(
            @Schema(examples = "2020") String period,
            BigDecimal pledgedUsd,
            BigDecimal receivedUsd,
            BigDecimal outstandingUsd,
            BigDecimal cancelledUsd) {
    }

    @Schema(name = "CurrencyAmount")
    public record CurrencyAmount(String currency, BigDecimal amount) {
    }
}
