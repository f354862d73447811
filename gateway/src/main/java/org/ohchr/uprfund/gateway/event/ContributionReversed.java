package org.ohchr.uprfund.gateway.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.ohchr.uprfund.platform.inbox.CloudEventEnvelope;

/**
 * Data of {@code org.ohchr.uprfund.contributions.ContributionReversed}: a contribution was reversed, wholly or in part,
 * by a new negative entry ({@code contributionId}) that references it.
 */
public record ContributionReversed(UUID contributionId, UUID reversedContributionId, UUID donorId, UUID pledgeId,
        LocalDate reversedOn, BigDecimal amount, String currency, BigDecimal usdPerUnit, BigDecimal amountUsd, String period,
        String reason, String bankReference, boolean reversedInFull, Instant recordedAt) {

    public static final String TYPE = "org.ohchr.uprfund.contributions.ContributionReversed";

    public static ContributionReversed from(CloudEventEnvelope event) {
        return EventPayload.bind(event, ContributionReversed.class);
    }
}
