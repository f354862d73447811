package org.ohchr.uprfund.gateway.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.ohchr.uprfund.gateway.domain.CostCategory;

/**
 * Data of {@code org.ohchr.uprfund.projects.ExpenditureReversed}: an expenditure was reversed, wholly or in part, by a
 * new negative entry ({@code expenditureId}) dated when the correction was made, in the original's cost category.
 */
public record ExpenditureReversed(UUID expenditureId, UUID reversesExpenditureId, UUID projectId, String iso3, LocalDate spentOn,
        CostCategory costCategory, BigDecimal amountUsd, String reason, String reference, Reconciliation reconciliation,
        String recordedBy, Instant recordedAt) {

    public static final String TYPE = "org.ohchr.uprfund.projects.ExpenditureReversed";

    public static ExpenditureReversed from(EventData data) {
        return new ExpenditureReversed(data.uuid("expenditureId"), data.uuid("reversesExpenditureId"), data.uuidOrNull("projectId"),
                data.iso3OrNull("iso3"), data.date("spentOn"), data.constant("costCategory", CostCategory.class),
                data.negativeUsd("amountUsd"), data.text("reason", 1000), data.textOrNull("reference", 300),
                Reconciliation.fromOrNull(data, "reconciliation"), data.text("recordedBy", 300), data.instant("recordedAt"));
    }
}
