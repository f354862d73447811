package org.ohchr.uprfund.contributions.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.ohchr.uprfund.contributions.domain.Donor;
import org.ohchr.uprfund.contributions.domain.EntryAmounts;
import org.ohchr.uprfund.contributions.domain.Money;
import org.ohchr.uprfund.contributions.domain.Period;
import org.ohchr.uprfund.contributions.domain.PledgeView;
import org.ohchr.uprfund.contributions.mapping.DonorMapper;
import org.ohchr.uprfund.contributions.mapping.DonorSummaryResponse;
import org.ohchr.uprfund.contributions.mapping.DonorSummaryResponse.CurrencyAmount;
import org.ohchr.uprfund.contributions.mapping.DonorSummaryResponse.PeriodRow;
import org.ohchr.uprfund.contributions.repository.ContributionRepository;
import org.ohchr.uprfund.contributions.repository.DonorRepository;

/**
 * A donor's standing: pledged, received, outstanding and cancelled, in US dollars, by period. Each period row is summed
 * from the donor's pledges (with where each stands) and from its contributions; each total from the period rows.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class DonorSummaryService {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(Money.USD_SCALE);

    private final DonorRepository donors;
    private final PledgeService pledges;
    private final ContributionRepository contributions;

    DonorSummaryService(DonorRepository donors, PledgeService pledges, ContributionRepository contributions) {
        this.donors = donors;
        this.pledges = pledges;
        this.contributions = contributions;
    }

    public Optional<DonorSummaryResponse> summaryOf(UUID donorId) {
        return donors.findByIdOptional(donorId).map(this::summarise);
    }

    private DonorSummaryResponse summarise(Donor donor) {
        List<PledgeView> views = pledges.ofDonor(donor.id);
        Map<Period, BigDecimal> received = contributions.receivedUsdByPeriod(donor.id);
        TreeSet<Period> periods = new TreeSet<>(received.keySet());
        views.forEach(view -> periods.add(view.pledge().period()));
        List<PeriodRow> rows = periods.stream().map(period -> {
            List<PledgeView> ofPeriod = views.stream().filter(view -> view.pledge().period().equals(period)).toList();
            return new PeriodRow(period.toString(),
                    sum(ofPeriod, view -> view.pledge().amountUsd),
                    received.getOrDefault(period, ZERO).setScale(Money.USD_SCALE),
                    sum(ofPeriod, view -> view.standing().outstandingUsd()),
                    sum(ofPeriod, view -> view.standing().cancelledUsd()));
        }).toList();
        Map<String, BigDecimal> byCurrency = new TreeMap<>();
        for (PledgeView view : views) {
            if (view.standing().outstanding().signum() > 0) {
                byCurrency.merge(view.pledge().currency, view.standing().outstanding(), BigDecimal::add);
            }
        }
        List<CurrencyAmount> outstandingByCurrency = byCurrency.entrySet().stream()
                .map(entry -> new CurrencyAmount(entry.getKey(), EntryAmounts.atCurrencyScale(entry.getValue(), entry.getKey())))
                .toList();
        return new DonorSummaryResponse(DonorMapper.toResponse(donor),
                total(rows, PeriodRow::pledgedUsd), total(rows, PeriodRow::receivedUsd),
                total(rows, PeriodRow::outstandingUsd), total(rows, PeriodRow::cancelledUsd),
                outstandingByCurrency, rows);
    }

    private static BigDecimal sum(List<PledgeView> views, Function<PledgeView, BigDecimal> amount) {
        return views.stream().map(amount).reduce(ZERO, BigDecimal::add).setScale(Money.USD_SCALE);
    }

    private static BigDecimal total(List<PeriodRow> rows, Function<PeriodRow, BigDecimal> amount) {
        return rows.stream().map(amount).reduce(ZERO, BigDecimal::add);
    }
}
