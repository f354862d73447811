package org.ohchr.uprfund.gateway.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Data of {@code org.ohchr.uprfund.contributions.ContributionReversed}: a contribution was reversed, wholly or in part,
 * by a new negative entry ({@code contributionId}) that references it.
 */
public record ContributionReversed(UUID contributionId, UUID reversedContributionId, UUID donorId, UUID pledgeId,
        LocalDate reversedOn, BigDecimal amount, String currency, BigDecimal usdPerUnit, BigDecimal amountUsd, String period,
        String reason, String bankReference, boolean reversedInFull, Instant recordedAt) {

    public static final String TYPE = "org.ohchr.uprfund.contributions.ContributionReversed";

    public static ContributionReversed from(EventData data) {
        BigDecimal amount = data.currencyAmount("amount");
        if (amount.signum() >= 0) {
            throw EventRejectedException.schema("ContributionReversed: data.amount must be less than zero");
        }
        return new ContributionReversed(data.uuid("contributionId"), data.uuid("reversedContributionId"), data.uuid("donorId"),
                data.uuidOrNull("pledgeId"), data.date("reversedOn"), amount, data.currency("currency"), data.rate("usdPerUnit"),
                data.usdNotPositive("amountUsd"), data.period("period"), data.text("reason", 500),
                data.textOrNull("bankReference", 100), data.bool("reversedInFull"), data.instant("recordedAt"));
    }
}
