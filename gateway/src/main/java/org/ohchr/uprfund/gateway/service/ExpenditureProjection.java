package org.ohchr.uprfund.gateway.service;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.gateway.domain.Expenditure;
import org.ohchr.uprfund.gateway.event.EventData;
import org.ohchr.uprfund.gateway.event.ExpenditureRecorded;
import org.ohchr.uprfund.gateway.event.ExpenditureReversed;
import org.ohchr.uprfund.gateway.event.Reconciliation;
import org.ohchr.uprfund.gateway.repository.ExpenditureRepository;
import org.ohchr.uprfund.platform.inbox.CloudEventEnvelope;

/**
 * ExpenditureRecorded and ExpenditureReversed (a negative entry naming the one it reverses). Keyed by the expenditure,
 * not the project: an expenditure may arrive before its project, and counts for it once it does.
 */
@ApplicationScoped
public class ExpenditureProjection implements EventProjection {

    private final ExpenditureRepository expenditures;

    ExpenditureProjection(ExpenditureRepository expenditures) {
        this.expenditures = expenditures;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(ExpenditureRecorded.TYPE, ExpenditureReversed.TYPE);
    }

    @Override
    public void apply(CloudEventEnvelope event) {
        EventData data = EventData.of(event);
        if (event.type().equals(ExpenditureRecorded.TYPE)) {
            ExpenditureRecorded recorded = ExpenditureRecorded.from(data);
            Expenditure entry = newEntry(recorded.expenditureId(), recorded.reconciliation());
            entry.projectId = recorded.projectId();
            entry.iso3 = recorded.iso3();
            entry.spentOn = recorded.spentOn();
            entry.costCategory = recorded.costCategory().name();
            entry.amountUsd = recorded.amountUsd();
            entry.description = recorded.description();
            entry.reference = recorded.reference();
            entry.recordedAt = recorded.recordedAt();
            expenditures.persist(entry);
        } else {
            ExpenditureReversed reversed = ExpenditureReversed.from(data);
            Expenditure entry = newEntry(reversed.expenditureId(), reversed.reconciliation());
            entry.reversesExpenditureId = reversed.reversesExpenditureId();
            entry.projectId = reversed.projectId();
            entry.iso3 = reversed.iso3();
            entry.spentOn = reversed.spentOn();
            entry.costCategory = reversed.costCategory().name();
            entry.amountUsd = reversed.amountUsd();
            entry.reason = reversed.reason();
            entry.description = "Reversal of " + reversed.reversesExpenditureId() + ": " + reversed.reason();
            entry.reference = reversed.reference();
            entry.recordedAt = reversed.recordedAt();
            expenditures.persist(entry);
        }
    }

    private Expenditure newEntry(UUID id, Reconciliation reconciliation) {
        Expenditure entry = new Expenditure();
        entry.expenditureId = id;
        if (reconciliation != null) {
            entry.reconciliationReportLine = reconciliation.reportLine();
            entry.reconciliationNote = reconciliation.note();
        }
        return entry;
    }
}
