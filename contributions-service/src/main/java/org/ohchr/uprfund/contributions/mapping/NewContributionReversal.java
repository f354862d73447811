package org.ohchr.uprfund.contributions.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A correction of a contribution: a new negative entry for all that remains of it, or a part. */
@Schema(name = "NewContributionReversal", description = "A reversal of a contribution, wholly or in part")
public record NewContributionReversal(
        @Schema(description = "How much to reverse, positive, in the contribution's currency, no more than remains of it (its"
                + " amount less earlier reversals); everything that remains when absent", examples = "1000000") BigDecimal amount,
        @Schema(description = "Accounting date of the correction; today when absent; not before the date received, not in"
                + " the future", examples = "2020-05-04") LocalDate reversedOn,
        @NotBlank @Size(max = 500) @Schema(examples = "Recorded twice: the bank statement shows one transfer") String reason,
        @Size(max = 100) @Schema(description = "The bank's reference of a refund, if any", examples = "NO-MFA-2020-0504-R")
        String bankReference) {
}
