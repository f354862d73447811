package org.ohchr.uprfund.gateway.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.ohchr.uprfund.gateway.domain.IncomeKind;

/** Data of {@code org.ohchr.uprfund.contributions.IncomeRecorded}: an entry of other income, in US dollars. */
public record IncomeRecorded(UUID incomeId, IncomeKind kind, LocalDate accountingDate, BigDecimal amountUsd, String description,
        UUID donorId, String pledgePeriod, Reconciliation reconciliation, Instant recordedAt) {

    public static final String TYPE = "org.ohchr.uprfund.contributions.IncomeRecorded";

    public static IncomeRecorded from(EventData data) {
        IncomeKind kind = data.constant("kind", IncomeKind.class);
        BigDecimal amount = kind == IncomeKind.EXCHANGE_GAIN_LOSS ? data.usd("amountUsd") : data.positiveUsd("amountUsd");
        if (amount.signum() == 0) {
            throw EventRejectedException.schema("IncomeRecorded: data.amountUsd must not be zero");
        }
        return new IncomeRecorded(data.uuid("incomeId"), kind, data.date("accountingDate"), amount, data.text("description", 500),
                data.uuidOrNull("donorId"), data.periodOrNull("pledgePeriod"), Reconciliation.fromOrNull(data, "reconciliation"),
                data.instant("recordedAt"));
    }
}
