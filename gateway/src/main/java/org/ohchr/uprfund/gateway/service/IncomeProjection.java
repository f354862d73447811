package org.ohchr.uprfund.gateway.service;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.gateway.domain.IncomeEntry;
import org.ohchr.uprfund.gateway.event.EventData;
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
        EventData data = EventData.of(event);
        if (event.type().equals(IncomeRecorded.TYPE)) {
            IncomeRecorded recorded = IncomeRecorded.from(data);
            IncomeEntry entry = newEntry(recorded.incomeId(), recorded.reconciliation());
            entry.kind = recorded.kind().name();
            entry.accountingDate = recorded.accountingDate();
            entry.amountUsd = recorded.amountUsd();
            entry.description = recorded.description();
            entry.donorId = recorded.donorId();
            entry.pledgePeriod = recorded.pledgePeriod();
            entry.recordedAt = recorded.recordedAt();
            income.persist(entry);
        } else {
            IncomeReversed reversed = IncomeReversed.from(data);
            IncomeEntry entry = newEntry(reversed.incomeId(), reversed.reconciliation());
            entry.reversesIncomeId = reversed.reversedIncomeId();
            entry.kind = reversed.kind().name();
            entry.accountingDate = reversed.accountingDate();
            entry.amountUsd = reversed.amountUsd();
            entry.reason = reversed.reason();
            entry.description = "Reversal of " + reversed.reversedIncomeId() + ": " + reversed.reason();
            entry.recordedAt = reversed.recordedAt();
            income.persist(entry);
        }
    }

    private IncomeEntry newEntry(UUID id, Reconciliation reconciliation) {
        IncomeEntry entry = new IncomeEntry();
        entry.incomeId = id;
        if (reconciliation != null) {
            entry.reconciliationReportLine = reconciliation.reportLine();
            entry.reconciliationNote = reconciliation.note();
        }
        return entry;
    }
}
