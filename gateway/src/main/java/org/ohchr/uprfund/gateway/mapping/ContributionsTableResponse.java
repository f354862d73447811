package org.ohchr.uprfund.gateway.mapping;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ohchr.uprfund.gateway.domain.ContributionsTable;
import org.ohchr.uprfund.gateway.domain.FundDonor;
import org.ohchr.uprfund.gateway.domain.Sum;
import org.ohchr.uprfund.platform.classification.DonorName;
import org.ohchr.uprfund.platform.classification.VisibleTo;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Table 2's layout: contributions by period and donor, with totals summed from the rows and the reports' figures beside. */
@Schema(name = "ContributionsTable", description = "Contributions in US dollars (at receipt, reversals included) by the period they"
        + " count for and by donor (Table 2's layout); every total summed from the rows; what reports state about the table,"
        + " beside what the entries give, and the findings")
public record ContributionsTableResponse(
        @Schema(description = "The grouping, such as [period, donor]") List<String> groupBy,
        @Schema(description = "Ordered by the first key of groupBy, then the second") List<Row> rows,
        @Schema(description = "Each period's total, oldest first (grouped by period)") List<Row> periods,
        @Schema(description = "Each donor's total, by name (grouped by donor)") List<Row> donors,
        Total total,
        @Schema(description = "What reports state about this table, beside what the entries give") List<StatedComparisonResponse> statedFigures,
        List<FindingResponse> findings) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ContributionsTableRow")
    public record Row(
            @Schema(description = "A year or biennium; absent unless grouped by period", examples = "2016-2017") String period,
            @Schema(description = "Absent unless grouped by donor") Donor donor,
            @Schema(description = "US dollars at scale 2, summed from the entries") BigDecimal amountUsd,
            @Schema(description = "Entries summed, reversals included") long entries) {
    }

    @Schema(name = "ContributionsTableDonor")
    public record Donor(UUID id,
            @Schema(implementation = String.class, description = "Null while the donor's registration has not reached the read model. "
                    + VisibleTo.PRIVATE_DONOR_NAME, nullable = true) DonorName name,
            @Schema(nullable = true) String iso3) {

        static Donor of(UUID id, FundDonor donor) {
            return new Donor(id, donor == null ? null : donor.shownName(), donor == null ? null : donor.iso3);
        }
    }

    @Schema(name = "ContributionsTableTotal")
    public record Total(@Schema(description = "Sum of the rows") BigDecimal amountUsd, @Schema(description = "Sum of the rows' entries")
            long entries, @Schema(description = "Number of rows") int rows) {
    }

    public static ContributionsTableResponse of(ContributionsTable table) {
        List<Row> rows = table.rows().stream()
                .map(row -> new Row(row.period(), row.donorId() == null ? null : Donor.of(row.donorId(), row.donor()),
                        row.sum().amountUsd(), row.sum().entries()))
                .toList();
        List<Row> periods = table.periodTotals().entrySet().stream()
                .map(entry -> new Row(entry.getKey(), null, entry.getValue().amountUsd(), entry.getValue().entries())).toList();
        Map<UUID, FundDonor> known = new HashMap<>();
        table.rows().stream().filter(row -> row.donor() != null).forEach(row -> known.put(row.donorId(), row.donor()));
        List<Row> donors = table.donorTotals().entrySet().stream()
                .map(entry -> new Row(null, Donor.of(entry.getKey(), known.get(entry.getKey())), entry.getValue().amountUsd(),
                        entry.getValue().entries()))
                .toList();
        Sum total = table.total();
        return new ContributionsTableResponse(table.groupBy(), rows, periods, donors, new Total(total.amountUsd(), total.entries(),
                rows.size()), StatedComparisonResponse.of(table.stated()), FindingResponse.of(table.findings()));
    }
}
