package org.ohchr.uprfund.contributions.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.ohchr.uprfund.contributions.domain.Balance;
import org.ohchr.uprfund.platform.outbox.FundEvent;

/**
 * An audited fund balance was recorded: the balance at the start of {@code balanceDate}, from which fund status rolls
 * forward. Money as a decimal string with exactly two decimals. Schema: {@code META-INF/resources/events/BalanceCarriedForward.json}.
 */
public record BalanceCarriedForward(UUID balanceId, LocalDate balanceDate, String amountUsd, String source, String reference,
        Instant recordedAt) implements FundEvent {

    public static final String TYPE = "org.ohchr.uprfund.contributions.BalanceCarriedForward";

    public static BalanceCarriedForward of(Balance balance) {
        return new BalanceCarriedForward(balance.id, balance.balanceDate, balance.amountUsd.toPlainString(), balance.source, balance.reference,
                balance.recordedAt);
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateType() {
        return "Balance";
    }

    @Override
    public UUID aggregateId() {
        return balanceId;
    }
}
