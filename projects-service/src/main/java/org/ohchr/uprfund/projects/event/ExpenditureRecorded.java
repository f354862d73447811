package org.ohchr.uprfund.projects.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.ohchr.uprfund.projects.domain.CostCategory;
import org.ohchr.uprfund.projects.domain.Expenditure;

/**
 * Expenditure was recorded (never a correction: see {@link ExpenditureReversed}); {@code projectId} and {@code iso3}
 * are null for fund-level expenditure. Schema: {@code META-INF/resources/events/ExpenditureRecorded.json}.
 */
public record ExpenditureRecorded(UUID expenditureId, UUID projectId, String iso3, LocalDate spentOn, CostCategory costCategory,
        String amountUsd, String description, String reference, Reconciliation reconciliation, String recordedBy, Instant recordedAt)
        implements ExpenditureEvent {

    public static final String TYPE = "org.ohchr.uprfund.projects.ExpenditureRecorded";

    public static ExpenditureRecorded of(Expenditure entry) {
        return new ExpenditureRecorded(entry.id, entry.projectId, entry.iso3, entry.spentOn, entry.costCategory, Money.of(entry.amountUsd),
                entry.description, entry.reference, Reconciliation.of(entry), entry.recordedBy, entry.recordedAt);
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public UUID aggregateId() {
        return expenditureId;
    }
}
