package org.ohchr.uprfund.gateway.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.ohchr.uprfund.gateway.domain.IncomeKind;
import org.ohchr.uprfund.platform.inbox.CloudEventEnvelope;

/** Data of {@code org.ohchr.uprfund.contributions.IncomeRecorded}: an entry of other income, in US dollars. */
public record IncomeRecorded(UUID incomeId, IncomeKind kind, LocalDate accountingDate, BigDecimal amountUsd, String description,
        UUID donorId, String pledgePeriod, Reconciliation reconciliation, Instant recordedAt) {

    public static final String TYPE = "org.ohchr.uprfund.contributions.IncomeRecorded";

    public static IncomeRecorded from(CloudEventEnvelope event) {
        return EventPayload.bind(event, IncomeRecorded.class);
    }
}
