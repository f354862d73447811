package org.ohchr.uprfund.projects.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.ohchr.uprfund.projects.domain.BudgetRevision;

/** An approved project's budget was revised. Schema: {@code META-INF/resources/events/BudgetRevised.json}. */
public record BudgetRevised(UUID revisionId, UUID projectId, String iso3, String previousBudgetUsd, String revisedBudgetUsd,
        String changeUsd, LocalDate effectiveOn, String reason, String revisedBy, Instant recordedAt) implements ProjectEvent {

    public static final String TYPE = "org.ohchr.uprfund.projects.BudgetRevised";

    public static BudgetRevised of(BudgetRevision revision, String iso3) {
        return new BudgetRevised(revision.id, revision.projectId, iso3, Money.of(revision.previousBudgetUsd),
                Money.of(revision.revisedBudgetUsd), Money.of(revision.changeUsd), revision.effectiveOn, revision.reason,
                revision.recordedBy, revision.recordedAt);
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
