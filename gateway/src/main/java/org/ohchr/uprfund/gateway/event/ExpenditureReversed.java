package org.ohchr.uprfund.gateway.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.ohchr.uprfund.gateway.domain.CostCategory;
import org.ohchr.uprfund.platform.inbox.CloudEventEnvelope;

/**
 * Data of {@code org.ohchr.uprfund.projects.ExpenditureReversed}: an expenditure was reversed, wholly or in part, by a
 * new negative entry ({@code expenditureId}) dated when the correction was made, in the original's cost category.
 */
public record ExpenditureReversed(UUID expenditureId, UUID reversesExpenditureId, UUID projectId, String iso3, LocalDate spentOn,
        CostCategory costCategory, BigDecimal amountUsd, String reason, String reference, Reconciliation reconciliation,
        String recordedBy, Instant recordedAt) {

    public static final String TYPE = "org.ohchr.uprfund.projects.ExpenditureReversed";

    public static ExpenditureReversed from(CloudEventEnvelope event) {
        return EventPayload.bind(event, ExpenditureReversed.class);
    }
}
