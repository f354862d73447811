package org.ohchr.uprfund.gateway.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.ohchr.uprfund.gateway.domain.IncomeKind;
import org.ohchr.uprfund.platform.inbox.CloudEventEnvelope;

/**
 * Data of {@code org.ohchr.uprfund.contributions.IncomeReversed}: an entry of other income was reversed by a new entry
 * ({@code incomeId}) of the opposite sign.
 */
public record IncomeReversed(UUID incomeId, UUID reversedIncomeId, IncomeKind kind, LocalDate accountingDate,
        BigDecimal amountUsd, String reason, Reconciliation reconciliation, Instant recordedAt) {

    public static final String TYPE = "org.ohchr.uprfund.contributions.IncomeReversed";

    public static IncomeReversed from(CloudEventEnvelope event) {
        return EventPayload.bind(event, IncomeReversed.class);
    }
}
