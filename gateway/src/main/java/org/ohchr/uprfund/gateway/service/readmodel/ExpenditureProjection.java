package org.ohchr.uprfund.gateway.service.readmodel;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.gateway.domain.Expenditure;
import org.ohchr.uprfund.gateway.domain.StatementLine;
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
        if (event.type().equals(ExpenditureRecorded.TYPE)) {
            ExpenditureRecorded recorded = ExpenditureRecorded.from(event);
            Expenditure entry = newEntry(recorded.expenditureId());
            entry.projectId = recorded.projectId();
            entry.iso3 = recorded.iso3();
            entry.spentOn = recorded.spentOn();
            label(entry, recorded.reconciliation());
            entry.costCategory = recorded.costCategory().name();
            entry.amountUsd = recorded.amountUsd();
            entry.description = recorded.description();
            entry.reference = recorded.reference();
            entry.recordedAt = recorded.recordedAt();
            expenditures.persist(entry);
        } else {
            ExpenditureReversed reversed = ExpenditureReversed.from(event);
            Expenditure entry = newEntry(reversed.expenditureId());
            entry.reversesExpenditureId = reversed.reversesExpenditureId();
            entry.projectId = reversed.projectId();
            entry.iso3 = reversed.iso3();
            entry.spentOn = reversed.spentOn();
            label(entry, reversed.reconciliation());
            entry.costCategory = reversed.costCategory().name();
            entry.amountUsd = reversed.amountUsd();
            entry.reason = reversed.reason();
            entry.description = "Reversal of " + reversed.reversesExpenditureId() + ": " + reversed.reason();
            entry.reference = reversed.reference();
            entry.recordedAt = reversed.recordedAt();
            expenditures.persist(entry);
        }
    }

    private Expenditure newEntry(UUID id) {
        Expenditure entry = new Expenditure();
        entry.expenditureId = id;
        return entry;
    }

    /** A reconciliation entry sits on the expenditure line its code names, or on the line of its kind. */
    private static void label(Expenditure entry, Reconciliation reconciliation) {
        if (reconciliation != null) {
            entry.reconciliationLine = reconciliation.lineIn(StatementLine.Section.EXPENDITURE, entry.spentOn).map(Enum::name).orElse(null);
            entry.reconciliationNote = reconciliation.keptNote();
        }
    }
}
