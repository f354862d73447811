package org.ohchr.uprfund.gateway.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.ohchr.uprfund.platform.inbox.CloudEventEnvelope;

/** Data of {@code org.ohchr.uprfund.contributions.PledgeRecorded}: a donor pledged an amount for a period. */
public record PledgeRecorded(UUID pledgeId, UUID donorId, BigDecimal amount, String currency, BigDecimal usdPerUnit,
        BigDecimal amountUsd, LocalDate pledgedOn, String period, LocalDate dueOn, Instant recordedAt) {

    public static final String TYPE = "org.ohchr.uprfund.contributions.PledgeRecorded";

    public static PledgeRecorded from(CloudEventEnvelope event) {
        return EventPayload.bind(event, PledgeRecorded.class);
    }
}
