package org.ohchr.uprfund.contributions.mapping;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ohchr.uprfund.platform.classification.DonorName;
import org.ohchr.uprfund.platform.classification.VisibleTo;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Table 2's layout: contributions in US dollars by donor and/or period, with a total summed from the rows. */
@Schema(name = "ContributionSummary", description = "Contributions in US dollars grouped by donor and/or period (Table 2's"
        + " layout), reversals included as negative amounts; the total is the sum of the rows")
public record ContributionSummaryResponse(
        @Schema(description = "The grouping, such as [donor, period]") List<String> groupBy,
        @Schema(description = "Only periods starting in or after this year or period; null when not limited", examples = "2008-2009",
                nullable = true) String from,
        @Schema(description = "Only periods ending in or before this year or period; null when not limited", examples = "2020",
                nullable = true) String to,
        @Schema(description = "Ordered by period, then donor name (a private individual's as anyone reads it)") List<Row> rows,
        Total total) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ContributionSummaryRow")
    public record Row(
            @Schema(description = "Absent unless grouped by donor") Donor donor,
            @Schema(description = "Absent unless grouped by period", examples = "2016-2017") String period,
            @Schema(description = "US dollars at scale 2, summed from the entries") BigDecimal contributionsUsd,
            @Schema(description = "Entries summed, reversals included") long count) {
    }

    @Schema(name = "ContributionSummaryDonor")
    public record Donor(UUID id,
            @Schema(implementation = String.class, description = "The donor's name. " + VisibleTo.PRIVATE_DONOR_NAME) DonorName name,
            @Schema(description = "Null for a donor that is not a State", nullable = true) String iso3) {
    }

    @Schema(name = "ContributionSummaryTotal")
    public record Total(
            @Schema(description = "Sum of the rows' contributionsUsd") BigDecimal contributionsUsd,
            @Schema(description = "Sum of the rows' counts") long count,
            @Schema(description = "Number of rows") int rows) {
    }
}
