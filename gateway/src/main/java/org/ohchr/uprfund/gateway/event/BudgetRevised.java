package org.ohchr.uprfund.gateway.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.ohchr.uprfund.platform.inbox.CloudEventEnvelope;

/** Data of {@code org.ohchr.uprfund.projects.BudgetRevised}: a project's budget was revised. */
public record BudgetRevised(UUID revisionId, UUID projectId, String iso3, BigDecimal previousBudgetUsd, BigDecimal revisedBudgetUsd,
        BigDecimal changeUsd, LocalDate effectiveOn, String reason, String revisedBy, Instant recordedAt) {

    public static final String TYPE = "org.ohchr.uprfund.projects.BudgetRevised";

    public static BudgetRevised from(CloudEventEnvelope event) {
        return EventPayload.bind(event, BudgetRevised.class);
    }
}
