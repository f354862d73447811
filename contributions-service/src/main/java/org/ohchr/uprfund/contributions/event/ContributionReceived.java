package org.ohchr.uprfund.contributions.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.ohchr.uprfund.contributions.domain.Contribution;
import org.ohchr.uprfund.contributions.domain.EntryAmounts;
import org.ohchr.uprfund.contributions.domain.ExchangeRate;

/**
 * Money was received from a donor (never a reversal: see {@link ContributionReversed}). Money as decimal strings that
 * keep their scale. Schema: {@code META-INF/resources/events/ContributionReceived.json}.
 */
public record ContributionReceived(UUID contributionId, UUID donorId, UUID pledgeId, LocalDate receivedOn, String amount,
        String currency, String usdPerUnit, String amountUsd, String period, String bankReference, Instant recordedAt)
        implements ContributionEvent {

    public static final String TYPE = "org.ohchr.uprfund.contributions.ContributionReceived";

    public static ContributionReceived of(Contribution entry) {
        return new ContributionReceived(entry.id, entry.donorId, entry.pledgeId, entry.receivedOn,
                EntryAmounts.atCurrencyScale(entry.amount, entry.currency).toPlainString(), entry.currency,
                ExchangeRate.plain(entry.usdPerUnit).toPlainString(), entry.amountUsd.toPlainString(), entry.period().toString(),
                entry.bankReference, entry.recordedAt);
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public UUID aggregateId() {
        return contributionId;
    }
}
