package org.ohchr.uprfund.gateway.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.ohchr.uprfund.gateway.domain.CostCategory;
import org.ohchr.uprfund.platform.inbox.CloudEventEnvelope;

/** Data of {@code org.ohchr.uprfund.projects.ExpenditureRecorded}: money spent on a project, or by the fund itself. */
public record ExpenditureRecorded(UUID expenditureId, UUID projectId, String iso3, LocalDate spentOn, CostCategory costCategory,
        BigDecimal amountUsd, String description, String reference, Reconciliation reconciliation, String recordedBy,
        Instant recordedAt) {

    public static final String TYPE = "org.ohchr.uprfund.projects.ExpenditureRecorded";

    public static ExpenditureRecorded from(CloudEventEnvelope event) {
        return EventPayload.bind(event, ExpenditureRecorded.class);
    }
}
