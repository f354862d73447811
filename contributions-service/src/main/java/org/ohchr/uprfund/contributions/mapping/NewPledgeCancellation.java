package org.ohchr.uprfund.contributions.mapping;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ohchr.uprfund.contributions.domain.PledgeCancellationReason;

/** The decision that the unpaid part of a pledge will not be collected. */
@Schema(name = "NewPledgeCancellation", description = "Cancels, or writes off, what remains unpaid of a pledge")
public record NewPledgeCancellation(
        @NotNull @Schema(description = "CANCELLED: withdrawn by the donor; WRITTEN_OFF: the fund gives up collecting it",
                examples = "WRITTEN_OFF") PledgeCancellationReason reason,
        @Schema(description = "Accounting date of the decision; today when absent; not before the date pledged, not in the future",
                examples = "2021-12-31") LocalDate effectiveOn,
        @Size(max = 500) @Schema(examples = "Board decision of 18 November 2021") String note) {
}
