package org.ohchr.uprfund.contributions.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.ohchr.uprfund.contributions.domain.EntryAmounts;
import org.ohchr.uprfund.contributions.domain.ExchangeDifference;
import org.ohchr.uprfund.contributions.domain.ExchangeRate;

/**
 * The service recorded an exchange gain (positive {@code amountUsd}) or loss (negative) because a contribution paid a
 * pledge at a rate different from the pledge's; or, with {@code reversedExchangeDifferenceId}, reversed one with its
 * contribution. Keyed by the contribution received ({@code aggregateContributionId}), so that it follows that
 * contribution's events in order. Money as decimal strings. Schema:
 * {@code META-INF/resources/events/ExchangeDifferenceRecorded.json}.
 */
public record ExchangeDifferenceRecorded(UUID exchangeDifferenceId, UUID contributionId, UUID reversedExchangeDifferenceId,
        UUID pledgeId, UUID donorId, LocalDate recordedOn, String amountApplied, String currency, String pledgeUsdPerUnit,
        String receiptUsdPerUnit, String amountUsd, Instant recordedAt,
        @com.fasterxml.jackson.annotation.JsonIgnore UUID aggregateContributionId) implements ContributionEvent {

    public static final String TYPE = "org.ohchr.uprfund.contributions.ExchangeDifferenceRecorded";

    /** @param receivedContributionId the contribution received that the difference (or the reversed one) arose from */
    public static ExchangeDifferenceRecorded of(ExchangeDifference difference, UUID receivedContributionId) {
        return new ExchangeDifferenceRecorded(difference.id, difference.contributionId, difference.reversesId, difference.pledgeId,
                difference.donorId, difference.recordedOn,
                EntryAmounts.atCurrencyScale(difference.amountApplied, difference.currency).toPlainString(), difference.currency,
                ExchangeRate.plain(difference.pledgeUsdPerUnit).toPlainString(),
                ExchangeRate.plain(difference.receiptUsdPerUnit).toPlainString(), difference.amountUsd.toPlainString(),
                difference.recordedAt, receivedContributionId);
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public UUID aggregateId() {
        return aggregateContributionId;
    }
}
