package org.ohchr.uprfund.gateway.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.ohchr.uprfund.gateway.domain.CancellationReason;

/** Data of {@code org.ohchr.uprfund.contributions.PledgeCancelled}: what remained of a pledge will not be collected. */
public record PledgeCancelled(UUID pledgeId, UUID donorId, CancellationReason reason, LocalDate effectiveOn,
        BigDecimal outstandingAmount, String currency, BigDecimal outstandingUsd, String note, Instant recordedAt) {

    public static final String TYPE = "org.ohchr.uprfund.contributions.PledgeCancelled";

    public static PledgeCancelled from(EventData data) {
        BigDecimal outstanding = data.currencyAmount("outstandingAmount");
        if (outstanding.signum() <= 0) {
            throw EventRejectedException.schema("PledgeCancelled: data.outstandingAmount must be greater than zero");
        }
        return new PledgeCancelled(data.uuid("pledgeId"), data.uuid("donorId"), data.constant("reason", CancellationReason.class),
                data.date("effectiveOn"), outstanding, data.currency("currency"), data.usdNotNegative("outstandingUsd"),
                data.textOrNull("note", 500), data.instant("recordedAt"));
    }
}
