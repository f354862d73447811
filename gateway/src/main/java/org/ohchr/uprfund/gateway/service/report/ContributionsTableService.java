package org.ohchr.uprfund.gateway.service.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.Transactional;

import org.ohchr.uprfund.gateway.domain.ContributionsTable;
import org.ohchr.uprfund.gateway.domain.FigureKey;
import org.ohchr.uprfund.gateway.domain.Finding;
import org.ohchr.uprfund.gateway.domain.FundDonor;
import org.ohchr.uprfund.gateway.domain.StatedComparison;
import org.ohchr.uprfund.gateway.domain.StatedFigure;
import org.ohchr.uprfund.gateway.domain.Sum;
import org.ohchr.uprfund.gateway.repository.ContributionRepository.PeriodDonorSum;
import org.ohchr.uprfund.gateway.repository.ContributionRepository;
import org.ohchr.uprfund.gateway.repository.FundDonorRepository;
import org.ohchr.uprfund.gateway.service.readmodel.ReadModelSchema;
import org.ohchr.uprfund.platform.database.ConsistentReads;
import org.ohchr.uprfund.platform.problem.InvalidFieldException;

/**
 * Table 2 of the report: contributions in US dollars (at receipt, reversals included) by the period they count for and
 * by donor, with the totals of each period, each donor and the whole table summed from its rows; beside them, what
 * reports state about the table (its total, the donors they name) and what differs.
 */
@ApplicationScoped
public class ContributionsTableService {

    public static final String PERIOD = "period";
    public static final String DONOR = "donor";

    private final ContributionRepository contributions;
    private final FundDonorRepository donors;
    private final StatedFigureService stated;
    private final ConsistentReads reads;
    private final ReadModelSchema readModel;

    ContributionsTableService(ContributionRepository contributions, FundDonorRepository donors, StatedFigureService stated,
            ConsistentReads reads, ReadModelSchema readModel) {
        this.contributions = contributions;
        this.donors = donors;
        this.stated = stated;
        this.reads = reads;
        this.readModel = readModel;
    }

    /** {@code period,donor} (the default), {@code donor,period}, {@code period} or {@code donor}. */
    public static List<String> grouping(String groupBy) {
        if (groupBy == null || groupBy.isBlank()) {
            return List.of(PERIOD, DONOR);
        }
        List<String> keys = new ArrayList<>();
        for (String part : groupBy.split(",", -1)) {
            String key = part.strip().toLowerCase(Locale.ROOT);
            if (!(key.equals(PERIOD) || key.equals(DONOR)) || keys.contains(key)) {
                throw new InvalidFieldException("groupBy", "must be period,donor, donor,period, period or donor");
            }
            keys.add(key);
        }
        return List.copyOf(keys);
    }

    /** @param schema a rebuild's schema, or null for the live read model */
    @Transactional(TxType.REQUIRES_NEW)
    public ContributionsTable table(List<String> groupBy, String schema) {
        reads.repeatableRead();
        readModel.use(schema);
        boolean byPeriod = groupBy.contains(PERIOD);
        boolean byDonor = groupBy.contains(DONOR);
        List<PeriodDonorSum> cells = contributions.sumsByPeriodAndDonor();
        Map<UUID, FundDonor> known = donors.byIds(cells.stream().map(PeriodDonorSum::donorId).collect(Collectors.toSet()));

        Map<List<Object>, Sum> grouped = new LinkedHashMap<>();
        for (PeriodDonorSum cell : cells) {
            List<Object> key = new ArrayList<>();
            key.add(byPeriod ? cell.period() : null);
            key.add(byDonor ? cell.donorId() : null);
            grouped.merge(key, cell.sum(), Sum::plus);
        }
        Comparator<ContributionsTable.Row> byPeriodOrder = Comparator.comparing(row -> periodOrder(row.period()));
        Comparator<ContributionsTable.Row> byDonorOrder = Comparator.comparing(row -> donorOrder(row.donorId(), known));
        Comparator<ContributionsTable.Row> order = groupBy.get(0).equals(PERIOD) ? byPeriodOrder.thenComparing(byDonorOrder)
                : byDonorOrder.thenComparing(byPeriodOrder);
        List<ContributionsTable.Row> rows = grouped.entrySet().stream()
                .map(entry -> new ContributionsTable.Row((String) entry.getKey().get(0), (UUID) entry.getKey().get(1),
                        entry.getKey().get(1) == null ? null : known.get((UUID) entry.getKey().get(1)), entry.getValue()))
                .sorted(order)
                .toList();
        Sum total = rows.stream().map(ContributionsTable.Row::sum).reduce(Sum.NONE, Sum::plus);

        List<StatedComparison> comparisons = new ArrayList<>();
        Map<String, String> donorsWithEntries = new LinkedHashMap<>();
        cells.stream().map(PeriodDonorSum::donorId).distinct().forEach(id -> {
            FundDonor donor = known.get(id);
            donorsWithEntries.put(donor == null ? id.toString() : donor.shownName().forAnyone(), donor == null ? null : donor.iso3);
        });
        for (StatedFigure figure : stated.about(List.of(FigureKey.CONTRIBUTIONS_TOTAL, FigureKey.CONTRIBUTIONS_DONORS))) {
            comparisons.add(figure.valueUsd != null ? StatedComparison.ofAmount(figure, total.amountUsd())
                    : StatedComparison.ofDonors(figure, donorsWithEntries));
        }
        List<Finding> findings = new ArrayList<>();
        comparisons.forEach(comparison -> findings.addAll(comparison.findings()));
        List<String> unknown = cells.stream().map(PeriodDonorSum::donorId).distinct().filter(id -> !known.containsKey(id))
                .map(UUID::toString).sorted().toList();
        if (!unknown.isEmpty()) {
            findings.add(new Finding(Finding.Kind.UNKNOWN_DONOR, FigureKey.CONTRIBUTIONS_TOTAL, null, null, null, null, unknown,
                    "Contributions name donors whose registration has not reached the read model (yet)"));
        }
        Map<String, Sum> periodTotals = new LinkedHashMap<>();
        Map<UUID, Sum> donorTotals = new LinkedHashMap<>();
        rows.stream().filter(row -> byPeriod).sorted(byPeriodOrder)
                .forEach(row -> periodTotals.merge(row.period(), row.sum(), Sum::plus));
        rows.stream().filter(row -> byDonor).sorted(byDonorOrder)
                .forEach(row -> donorTotals.merge(row.donorId(), row.sum(), Sum::plus));
        return new ContributionsTable(groupBy, rows, periodTotals, donorTotals, total, comparisons, findings);
    }

    /** Periods by their first year, a year before the biennium that starts with it ("2018", "2018-2019"). */
    private static String periodOrder(String period) {
        return period == null ? "" : period;
    }

    private static String donorOrder(UUID donorId, Map<UUID, FundDonor> known) {
        if (donorId == null) {
            return "";
        }
        FundDonor donor = known.get(donorId);
        // Donors not known yet come last, by id; a private individual by the name anyone reads, so the order tells nothing of it.
        return donor == null ? "\uffff" + donorId : donor.shownName().forAnyone().toLowerCase(Locale.ROOT) + "\u0000" + donorId;
    }
}
