package org.ohchr.uprfund.gateway.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.ohchr.uprfund.platform.inbox.CloudEventEnvelope;

/** Data of {@code org.ohchr.uprfund.contributions.ContributionReceived}: money was received from a donor. */
public record ContributionReceived(UUID contributionId, UUID donorId, UUID pledgeId, LocalDate receivedOn, BigDecimal amount,
        String currency, BigDecimal usdPerUnit, BigDecimal amountUsd, String period, String bankReference, Instant recordedAt) {

    public static final String TYPE = "org.ohchr.uprfund.contributions.ContributionReceived";

    public static ContributionReceived from(CloudEventEnvelope event) {
        return EventPayload.bind(event, ContributionReceived.class);
    }
}
