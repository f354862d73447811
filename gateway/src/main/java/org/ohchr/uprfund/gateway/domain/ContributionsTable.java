package org.ohchr.uprfund.gateway.domain;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Table 2 of the report as computed from the read model: contributions by the period they count for and the donor, the
 * totals summed from the rows, and what the report states beside them.
 *
 * @param periodTotals each period's total, summed from the rows, oldest first; empty unless grouped by period
 * @param donorTotals each donor's total, summed from the rows, by name; empty unless grouped by donor
 */
public record ContributionsTable(List<String> groupBy, List<Row> rows, Map<String, Sum> periodTotals, Map<UUID, Sum> donorTotals,
        Sum total, List<StatedComparison> stated, List<Finding> findings) {

    /** A row: its period and donor (each null unless grouped by it), and its sum. */
    public record Row(String period, UUID donorId, FundDonor donor, Sum sum) {
    }
}
