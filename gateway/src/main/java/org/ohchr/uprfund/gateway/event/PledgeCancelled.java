package org.ohchr.uprfund.gateway.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.ohchr.uprfund.gateway.domain.CancellationReason;
import org.ohchr.uprfund.platform.inbox.CloudEventEnvelope;

/** Data of {@code org.ohchr.uprfund.contributions.PledgeCancelled}: what remained of a pledge will not be collected. */
public record PledgeCancelled(UUID pledgeId, UUID donorId, CancellationReason reason, LocalDate effectiveOn,
        BigDecimal outstandingAmount, String currency, BigDecimal outstandingUsd, String note, Instant recordedAt) {

    public static final String TYPE = "org.ohchr.uprfund.contributions.PledgeCancelled";

    public static PledgeCancelled from(CloudEventEnvelope event) {
        return EventPayload.bind(event, PledgeCancelled.class);
    }
}
