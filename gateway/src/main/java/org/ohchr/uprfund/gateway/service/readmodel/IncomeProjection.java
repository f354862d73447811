package org.ohchr.uprfund.gateway.service.readmodel;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.gateway.domain.IncomeEntry;
import org.ohchr.uprfund.gateway.domain.StatementLine;
import org.ohchr.uprfund.gateway.event.IncomeRecorded;
import org.ohchr.uprfund.gateway.event.IncomeReversed;
import org.ohchr.uprfund.gateway.event.Reconciliation;
import org.ohchr.uprfund.gateway.repository.IncomeEntryRepository;
import org.ohchr.uprfund.platform.inbox.CloudEventEnvelope;

/** IncomeRecorded and IncomeReversed (an entry of the opposite sign naming the one it reverses), with their reconciliation label. */
@ApplicationScoped
public class IncomeProjection implements EventProjection {

    private final IncomeEntryRepository income;

    IncomeProjection(IncomeEntryRepository income) {
        this.income = income;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(IncomeRecorded.TYPE, IncomeReversed.TYPE);
    }

    @Override
    public void apply(CloudEventEnvelope event) {
        if (event.type().equals(IncomeRecorded.TYPE)) {
            IncomeRecorded recorded = IncomeRecorded.from(event);
            IncomeEntry entry = newEntry(recorded.incomeId());
            entry.kind = recorded.kind().name();
            entry.accountingDate = recorded.accountingDate();
            label(entry, recorded.reconciliation());
            entry.amountUsd = recorded.amountUsd();
            entry.description = recorded.description();
            entry.donorId = recorded.donorId();
            entry.pledgePeriod = recorded.pledgePeriod();
            entry.recordedAt = recorded.recordedAt();
            income.persist(entry);
        } else {
            IncomeReversed reversed = IncomeReversed.from(event);
            IncomeEntry entry = newEntry(reversed.incomeId());
            entry.reversesIncomeId = reversed.reversedIncomeId();
            entry.kind = reversed.kind().name();
            entry.accountingDate = reversed.accountingDate();
            label(entry, reversed.reconciliation());
            entry.amountUsd = reversed.amountUsd();
            entry.reason = reversed.reason();
            entry.description = "Reversal of " + reversed.reversedIncomeId() + ": " + reversed.reason();
            entry.recordedAt = reversed.recordedAt();
            income.persist(entry);
        }
    }

    private IncomeEntry newEntry(UUID id) {
        IncomeEntry entry = new IncomeEntry();
        entry.incomeId = id;
        return entry;
    }

    /** A reconciliation entry sits on the income line its code names, or on the line of its kind. */
    private static void label(IncomeEntry entry, Reconciliation reconciliation) {
        if (reconciliation != null) {
            entry.reconciliationLine = reconciliation.lineIn(StatementLine.Section.INCOME, entry.accountingDate).map(Enum::name).orElse(null);
            entry.reconciliationNote = reconciliation.keptNote();
        }
    }
}
