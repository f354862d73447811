package org.ohchr.uprfund.gateway.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.ohchr.uprfund.platform.inbox.CloudEventEnvelope;

/** Data of {@code org.ohchr.uprfund.contributions.BalanceCarriedForward}: an audited balance at the start of a date. */
public record BalanceCarriedForward(UUID balanceId, LocalDate balanceDate, BigDecimal amountUsd, String source, String reference,
        Instant recordedAt) {

    public static final String TYPE = "org.ohchr.uprfund.contributions.BalanceCarriedForward";

    public static BalanceCarriedForward from(CloudEventEnvelope event) {
        return EventPayload.bind(event, BalanceCarriedForward.class);
    }
}
