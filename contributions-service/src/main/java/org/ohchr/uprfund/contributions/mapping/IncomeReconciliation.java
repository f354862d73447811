package org.ohchr.uprfund.contributions.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Marks an income entry that exists only to reconcile the fund's books with a published report: the statement line it
 * sits on, by code, and why, quoting the figures. Such entries are listed, filtered and counted like any other, never
 * hidden.
 */
@Schema(name = "IncomeReconciliation",
        description = "Present only on an entry that exists to reconcile the books with a published report")
public record IncomeReconciliation(
        @Size(max = 60)
        @Schema(description = "The code of the statement's income line the entry sits on: CONTRIBUTIONS_RECEIVED,"
                + " EXCHANGE_GAIN_LOSS, PRIOR_YEAR_PLEDGES_RECEIVED or MISCELLANEOUS_AND_INVESTMENT_INCOME (required when"
                + " recording; absent only on entries recorded before lines were codes, whose text named no income line)",
                examples = "CONTRIBUTIONS_RECEIVED") String line,
        @NotBlank @Size(max = 1000)
        @Schema(description = "Why the entry exists, quoting the report's line and figures (up to 1,000 characters when recording;"
                + " entries recorded before lines were codes keep their old text in front of it)",
                examples = "Table 1 (2020): 346,597.13 received in 2020; Table 2's 2020 rows sum to 298,807.00") String note,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(deprecated = true, description = "No longer accepted (a 400 naming it): the line is named by its code in line, and the"
                + " free text goes in note. Never present in a response") String reportLine) {
}
