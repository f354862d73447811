package org.ohchr.uprfund.gateway.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.ohchr.uprfund.platform.inbox.CloudEventEnvelope;

/**
 * Data of {@code org.ohchr.uprfund.contributions.ExchangeDifferenceRecorded}: an exchange gain (positive) or loss
 * (negative) on a pledge paid at another rate than the pledge's, or its reversal.
 */
public record ExchangeDifferenceRecorded(UUID exchangeDifferenceId, UUID contributionId, UUID reversedExchangeDifferenceId,
        UUID pledgeId, UUID donorId, LocalDate recordedOn, BigDecimal amountApplied, String currency, BigDecimal amountUsd,
        Instant recordedAt) {

    public static final String TYPE = "org.ohchr.uprfund.contributions.ExchangeDifferenceRecorded";

    public static ExchangeDifferenceRecorded from(CloudEventEnvelope event) {
        return EventPayload.bind(event, ExchangeDifferenceRecorded.class);
    }
}
