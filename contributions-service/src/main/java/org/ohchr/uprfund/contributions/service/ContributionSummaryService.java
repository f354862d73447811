package org.ohchr.uprfund.contributions.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.ohchr.uprfund.contributions.domain.Money;
import org.ohchr.uprfund.contributions.domain.Period;
import org.ohchr.uprfund.contributions.mapping.ContributionSummaryResponse;
import org.ohchr.uprfund.contributions.mapping.ContributionSummaryResponse.Row;
import org.ohchr.uprfund.contributions.mapping.ContributionSummaryResponse.Total;
import org.ohchr.uprfund.contributions.repository.ContributionRepository;
import org.ohchr.uprfund.platform.classification.DonorName;
import org.ohchr.uprfund.platform.problem.InvalidFieldException;

/**
 * Table 2 of the report: contributions in US dollars grouped by donor and/or period. Rows are summed by the database
 * from the entries (reversals included, negative); the total is summed here from the rows, never stored.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class ContributionSummaryService {

    public static final String DONOR = "donor";
    public static final String PERIOD = "period";

    private final ContributionRepository contributions;

    ContributionSummaryService(ContributionRepository contributions) {
        this.contributions = contributions;
    }

    /**
     * @param groupBy {@code donor,period} (the default), {@code donor} or {@code period}
     * @param from only periods starting in or after this year or period; optional
     * @param to only periods ending in or before this year or period; optional
     */
    public ContributionSummaryResponse summarise(String groupBy, String from, String to) {
        List<String> keys = groupingOf(groupBy);
        Period first = Period.parseIfPresent("from", from);
        Period last = Period.parseIfPresent("to", to);
        if (first != null && last != null && first.firstYear() > last.lastYear()) {
            throw new InvalidFieldException("from", "must not be after to");
        }
        boolean byDonor = keys.contains(DONOR);
        boolean byPeriod = keys.contains(PERIOD);
        List<Row> rows = contributions.sumsByGroup(byDonor, byPeriod, first, last).stream()
                .map(group -> new Row(
                        byDonor ? new ContributionSummaryResponse.Donor(group.donorId(),
                                DonorName.of(group.donorName(), group.donorKind().name()), group.donorIso3()) : null,
                        byPeriod ? group.period().toString() : null,
                        group.amountUsd().setScale(Money.USD_SCALE), group.count()))
                .toList();
        BigDecimal totalUsd = rows.stream().map(Row::contributionsUsd).reduce(BigDecimal.ZERO.setScale(Money.USD_SCALE), BigDecimal::add);
        long totalCount = rows.stream().mapToLong(Row::count).sum();
        return new ContributionSummaryResponse(keys, first == null ? null : first.toString(), last == null ? null : last.toString(),
                rows, new Total(totalUsd, totalCount, rows.size()));
    }

    private static List<String> groupingOf(String groupBy) {
        if (groupBy == null || groupBy.isBlank()) {
            return List.of(DONOR, PERIOD);
        }
        List<String> keys = new ArrayList<>();
        for (String part : groupBy.split(",")) {
            String key = part.strip().toLowerCase(Locale.ROOT);
            if (!(key.equals(DONOR) || key.equals(PERIOD)) || keys.contains(key)) {
                throw new InvalidFieldException("groupBy", "must be donor,period, donor or period");
            }
            keys.add(key);
        }
        return List.copyOf(keys);
    }
}
