package org.ohchr.uprfund.contributions.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Marks an income entry that exists only to reconcile the fund's books with a published report: it names the report's
 * figure and says why, quoting the figures. Such entries are listed, filtered and counted like any other, never hidden.
 */
@Schema(name = "IncomeReconciliation",
        description = "Present only on an entry that exists to reconcile the books with a published report")
public record IncomeReconciliation(
        @NotBlank @Size(max = 200)
        @Schema(description = "The published figure this entry reconciles with",
                examples = "Table 1 (2020): Voluntary contributions received in 2020") String reportLine,
        @NotBlank @Size(max = 1000)
        @Schema(description = "Why the entry exists, quoting the figures it reconciles",
                examples = "Table 1 shows 346,597.13 received in 2020; Table 2's 2020 rows sum to 298,807.00") String note) {
}
