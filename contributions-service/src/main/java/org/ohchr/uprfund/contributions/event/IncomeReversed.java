package org.ohchr.uprfund.contributions.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.ohchr.uprfund.contributions.domain.IncomeEntry;
import org.ohchr.uprfund.contributions.domain.IncomeKind;

/**
 * An entry of other income was reversed, wholly or in part, by a new entry of the opposite sign.
 * Keyed by the reversed entry, so that it follows that entry's {@link IncomeRecorded} on the same partition. Money as a
 * decimal string with exactly two decimals.
 * Schema: {@code META-INF/resources/events/IncomeReversed.json}.
 */
public record IncomeReversed(UUID incomeId, UUID reversedIncomeId, IncomeKind kind, LocalDate accountingDate, String amountUsd,
        String reason, IncomeRecorded.Reconciliation reconciliation, Instant recordedAt) implements IncomeEvent {

    public static final String TYPE = "org.ohchr.uprfund.contributions.IncomeReversed";

    public static IncomeReversed of(IncomeEntry reversal) {
        return new IncomeReversed(reversal.id, reversal.reversedIncomeId, reversal.kind, reversal.accountingDate,
                reversal.amountUsd.toPlainString(),
                reversal.description, IncomeRecorded.Reconciliation.of(reversal), reversal.recordedAt);
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public UUID aggregateId() {
        return reversedIncomeId;
    }
}
