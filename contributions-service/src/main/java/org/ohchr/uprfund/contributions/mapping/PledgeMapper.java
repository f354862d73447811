package org.ohchr.uprfund.contributions.mapping;

import java.util.Arrays;

import org.ohchr.uprfund.contributions.domain.EntryAmounts;
import org.ohchr.uprfund.contributions.domain.ExchangeRate;
import org.ohchr.uprfund.contributions.domain.Pledge;
import org.ohchr.uprfund.contributions.domain.PledgeCancellation;
import org.ohchr.uprfund.contributions.domain.PledgeStatus;
import org.ohchr.uprfund.contributions.domain.PledgeView;
import org.ohchr.uprfund.platform.reference.UnLanguage;

public final class PledgeMapper {

    private PledgeMapper() {
    }

    public static PledgeResponse toResponse(PledgeView view) {
        Pledge pledge = view.pledge();
        String currency = pledge.currency;
        return new PledgeResponse(pledge.id, pledge.donorId, EntryAmounts.atCurrencyScale(pledge.amount, currency), currency,
                ExchangeRate.plain(pledge.usdPerUnit), pledge.amountUsd, pledge.pledgedOn, pledge.period().toString(), pledge.dueOn,
                view.standing().status(), EntryAmounts.atCurrencyScale(view.standing().paid(), currency),
                EntryAmounts.atCurrencyScale(view.standing().outstanding(), currency), view.standing().outstandingUsd(),
                EntryAmounts.atCurrencyScale(view.standing().cancelled(), currency), view.standing().cancelledUsd(),
                view.cancellation() == null ? null : toResponse(view.cancellation(), currency), pledge.recordedAt, view.version());
    }

    public static PledgeCancellationResponse toResponse(PledgeCancellation cancellation, String currency) {
        return new PledgeCancellationResponse(cancellation.pledgeId, cancellation.reason, cancellation.effectiveOn,
                EntryAmounts.atCurrencyScale(cancellation.outstandingAmount, currency), currency, cancellation.outstandingUsd,
                cancellation.note, cancellation.recordedAt);
    }

    public static PledgeStatusLabels statusLabels(UnLanguage language) {
        return new PledgeStatusLabels(language.tag(), Arrays.stream(PledgeStatus.values())
                .map(status -> new PledgeStatusLabels.Label(status, status.label(language)))
                .toList());
    }
}
