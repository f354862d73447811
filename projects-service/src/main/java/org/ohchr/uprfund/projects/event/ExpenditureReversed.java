package org.ohchr.uprfund.projects.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.ohchr.uprfund.projects.domain.CostCategory;
import org.ohchr.uprfund.projects.domain.Expenditure;

/**
 * An expenditure entry was corrected, wholly or in part, by a negative entry of its category and project. Keyed by
 * the corrected entry, so that it follows that entry's {@link ExpenditureRecorded} on the same partition.
 * Schema: {@code META-INF/resources/events/ExpenditureReversed.json}.
 */
public record ExpenditureReversed(UUID expenditureId, UUID reversesExpenditureId, UUID projectId, String iso3, LocalDate spentOn,
        CostCategory costCategory, String amountUsd, String reason, String reference, Reconciliation reconciliation, String recordedBy,
        Instant recordedAt) implements ExpenditureEvent {

    public static final String TYPE = "org.ohchr.uprfund.projects.ExpenditureReversed";

    public static ExpenditureReversed of(Expenditure correction) {
        return new ExpenditureReversed(correction.id, correction.correctsId, correction.projectId, correction.iso3, correction.spentOn,
                correction.costCategory, Money.of(correction.amountUsd), correction.description, correction.reference,
                Reconciliation.of(correction), correction.recordedBy, correction.recordedAt);
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public UUID aggregateId() {
        return reversesExpenditureId;
    }
}
