package org.ohchr.uprfund.contributions.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.ohchr.uprfund.contributions.domain.Contribution;
import org.ohchr.uprfund.contributions.domain.EntryAmounts;
import org.ohchr.uprfund.contributions.domain.ExchangeRate;

/**
 * A contribution was reversed, wholly or in part, by a new negative entry ({@code contributionId}) referencing it
 * ({@code reversedContributionId}). Keyed by the reversed contribution, so that it follows its receipt in order.
 * Money as decimal strings, negative. Schema: {@code META-INF/resources/events/ContributionReversed.json}.
 */
public record ContributionReversed(UUID contributionId, UUID reversedContributionId, UUID donorId, UUID pledgeId,
        LocalDate reversedOn, String amount, String currency, String usdPerUnit, String amountUsd, String period, String reason,
        String bankReference, boolean reversedInFull, Instant recordedAt) implements ContributionEvent {

    public static final String TYPE = "org.ohchr.uprfund.contributions.ContributionReversed";

    public static ContributionReversed of(Contribution reversal, boolean reversedInFull) {
        return new ContributionReversed(reversal.id, reversal.reversesId, reversal.donorId, reversal.pledgeId, reversal.receivedOn,
                EntryAmounts.atCurrencyScale(reversal.amount, reversal.currency).toPlainString(), reversal.currency,
                ExchangeRate.plain(reversal.usdPerUnit).toPlainString(), reversal.amountUsd.toPlainString(),
                reversal.period().toString(), reversal.reason, reversal.bankReference, reversedInFull, reversal.recordedAt);
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public UUID aggregateId() {
        return reversedContributionId;
    }
}
