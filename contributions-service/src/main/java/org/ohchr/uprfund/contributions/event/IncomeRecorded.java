package org.ohchr.uprfund.contributions.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.ohchr.uprfund.contributions.domain.IncomeEntry;
import org.ohchr.uprfund.contributions.domain.IncomeKind;

/**
 * An entry of other income was recorded (never a reversal: see {@link IncomeReversed}). Money as a decimal string with
 * exactly two decimals, like the other events of the topic. Schema: {@code META-INF/resources/events/IncomeRecorded.json}.
 */
public record IncomeRecorded(UUID incomeId, IncomeKind kind, LocalDate accountingDate, String amountUsd, String description,
        UUID donorId, String pledgePeriod, Reconciliation reconciliation, Instant recordedAt) implements IncomeEvent {

    public static final String TYPE = "org.ohchr.uprfund.contributions.IncomeRecorded";

    public static IncomeRecorded of(IncomeEntry entry) {
        return new IncomeRecorded(entry.id, entry.kind, entry.accountingDate, entry.amountUsd.toPlainString(), entry.description, entry.donorId,
                entry.pledgePeriod, Reconciliation.of(entry), entry.recordedAt);
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public UUID aggregateId() {
        return incomeId;
    }

    /** Present on an entry that exists only to reconcile the books with a published report. */
    public record Reconciliation(String line, String note) {

        static Reconciliation of(IncomeEntry entry) {
            return entry.isReconciliation() ? new Reconciliation(entry.reconciliationLine, entry.reconciliationNote) : null;
        }
    }
}
