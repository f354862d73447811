package org.ohchr.uprfund.gateway.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Data of {@code org.ohchr.uprfund.contributions.ExchangeDifferenceRecorded}: an exchange gain (positive) or loss
 * (negative) on a pledge paid at another rate than the pledge's, or its reversal.
 */
public record ExchangeDifferenceRecorded(UUID exchangeDifferenceId, UUID contributionId, UUID reversedExchangeDifferenceId,
        UUID pledgeId, UUID donorId, LocalDate recordedOn, BigDecimal amountApplied, String currency, BigDecimal amountUsd,
        Instant recordedAt) {

    public static final String TYPE = "org.ohchr.uprfund.contributions.ExchangeDifferenceRecorded";

    public static ExchangeDifferenceRecorded from(EventData data) {
        BigDecimal amountUsd = data.usd("amountUsd");
        if (amountUsd.signum() == 0) {
            throw EventRejectedException.schema("ExchangeDifferenceRecorded: data.amountUsd must not be zero");
        }
        data.rate("pledgeUsdPerUnit");
        data.rate("receiptUsdPerUnit");
        return new ExchangeDifferenceRecorded(data.uuid("exchangeDifferenceId"), data.uuid("contributionId"),
                data.uuidOrNull("reversedExchangeDifferenceId"), data.uuid("pledgeId"), data.uuid("donorId"),
                data.date("recordedOn"), data.currencyAmount("amountApplied"), data.currency("currency"), amountUsd,
                data.instant("recordedAt"));
    }
}
