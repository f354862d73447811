package org.ohchr.uprfund.contributions.mapping;

import org.ohchr.uprfund.contributions.domain.Contribution;
import org.ohchr.uprfund.contributions.domain.ContributionView;
import org.ohchr.uprfund.contributions.domain.EntryAmounts;
import org.ohchr.uprfund.contributions.domain.ExchangeDifference;
import org.ohchr.uprfund.contributions.domain.ExchangeRate;

public final class ContributionMapper {

    private ContributionMapper() {
    }

    public static ContributionResponse toResponse(ContributionView view) {
        Contribution entry = view.contribution();
        String currency = entry.currency;
        return new ContributionResponse(entry.id, entry.donorId, entry.pledgeId, entry.receivedOn,
                EntryAmounts.atCurrencyScale(entry.amount, currency), currency, ExchangeRate.plain(entry.usdPerUnit), entry.amountUsd,
                entry.period().toString(), entry.bankReference, entry.reversesId, entry.reason, view.exchangeDifferenceUsd(),
                view.remainingAmount() == null ? null : EntryAmounts.atCurrencyScale(view.remainingAmount(), currency),
                entry.recordedAt);
    }

    public static ExchangeDifferenceResponse toResponse(ExchangeDifference difference) {
        return new ExchangeDifferenceResponse(difference.id, difference.contributionId, difference.pledgeId, difference.donorId,
                difference.reversesId, difference.recordedOn, EntryAmounts.atCurrencyScale(difference.amountApplied, difference.currency),
                difference.currency, ExchangeRate.plain(difference.pledgeUsdPerUnit), ExchangeRate.plain(difference.receiptUsdPerUnit),
                difference.amountUsd, difference.recordedAt);
    }
}
