package org.ohchr.uprfund.contributions.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.ohchr.uprfund.contributions.domain.EntryAmounts;
import org.ohchr.uprfund.contributions.domain.Pledge;
import org.ohchr.uprfund.contributions.domain.PledgeCancellation;
import org.ohchr.uprfund.contributions.domain.PledgeCancellationReason;

/**
 * What remained unpaid of a pledge was cancelled or written off; the pledge is closed. Money as decimal strings.
 * Schema: {@code META-INF/resources/events/PledgeCancelled.json}.
 */
public record PledgeCancelled(UUID pledgeId, UUID donorId, PledgeCancellationReason reason, LocalDate effectiveOn,
        String outstandingAmount, String currency, String outstandingUsd, String note, Instant recordedAt) implements PledgeEvent {

    public static final String TYPE = "org.ohchr.uprfund.contributions.PledgeCancelled";

    public static PledgeCancelled of(Pledge pledge, PledgeCancellation cancellation) {
        return new PledgeCancelled(pledge.id, pledge.donorId, cancellation.reason, cancellation.effectiveOn,
                EntryAmounts.atCurrencyScale(cancellation.outstandingAmount, pledge.currency).toPlainString(), pledge.currency,
                cancellation.outstandingUsd.toPlainString(), cancellation.note, cancellation.recordedAt);
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
