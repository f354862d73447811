package org.ohchr.uprfund.projects.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Marks an expenditure entry that exists only to reconcile the fund's books with a published report: it names the
 * report's figure and says why, quoting the figures. Such entries are listed and summed like any other, never hidden.
 */
@Schema(name = "ExpenditureReconciliation",
        description = "Present only on an entry that exists to reconcile the books with a published report")
public record ExpenditureReconciliation(
        @NotBlank @Size(max = 200)
        @Schema(description = "The published figure this entry reconciles with",
                examples = "Table 1 (2020): Travel of representatives and participants, (5,647.59)") String reportLine,
        @NotBlank @Size(max = 1000)
        @Schema(description = "Why the entry exists, quoting the figures",
                examples = "The report gives only the 2020 net reversal of this line; the 2019 expenditure it reverses is not in it") String note) {
}
