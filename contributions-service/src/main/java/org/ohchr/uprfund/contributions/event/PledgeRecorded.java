package org.ohchr.uprfund.contributions.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.ohchr.uprfund.contributions.domain.EntryAmounts;
import org.ohchr.uprfund.contributions.domain.ExchangeRate;
import org.ohchr.uprfund.contributions.domain.Pledge;

/**
 * A donor pledged an amount for a period. Money is carried as decimal strings that keep their scale ("346597.13").
 * Schema: {@code META-INF/resources/events/PledgeRecorded.json}.
 */
public record PledgeRecorded(UUID pledgeId, UUID donorId, String amount, String currency, String usdPerUnit, String amountUsd,
        LocalDate pledgedOn, String period, LocalDate dueOn, Instant recordedAt) implements PledgeEvent {

    public static final String TYPE = "org.ohchr.uprfund.contributions.PledgeRecorded";

    public static PledgeRecorded of(Pledge pledge) {
        return new PledgeRecorded(pledge.id, pledge.donorId, EntryAmounts.atCurrencyScale(pledge.amount, pledge.currency).toPlainString(),
                pledge.currency, ExchangeRate.plain(pledge.usdPerUnit).toPlainString(), pledge.amountUsd.toPlainString(),
                pledge.pledgedOn, pledge.period().toString(), pledge.dueOn, pledge.recordedAt);
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
