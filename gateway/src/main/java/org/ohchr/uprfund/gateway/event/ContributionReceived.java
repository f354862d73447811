package org.ohchr.uprfund.gateway.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Data of {@code org.ohchr.uprfund.contributions.ContributionReceived}: money was received from a donor. */
public record ContributionReceived(UUID contributionId, UUID donorId, UUID pledgeId, LocalDate receivedOn, BigDecimal amount,
        String currency, BigDecimal usdPerUnit, BigDecimal amountUsd, String period, String bankReference, Instant recordedAt) {

    public static final String TYPE = "org.ohchr.uprfund.contributions.ContributionReceived";

    public static ContributionReceived from(EventData data) {
        BigDecimal amount = data.currencyAmount("amount");
        if (amount.signum() <= 0) {
            throw EventRejectedException.schema("ContributionReceived: data.amount must be greater than zero");
        }
        return new ContributionReceived(data.uuid("contributionId"), data.uuid("donorId"), data.uuidOrNull("pledgeId"),
                data.date("receivedOn"), amount, data.currency("currency"), data.rate("usdPerUnit"), data.usdNotNegative("amountUsd"),
                data.period("period"), data.textOrNull("bankReference", 100), data.instant("recordedAt"));
    }
}
