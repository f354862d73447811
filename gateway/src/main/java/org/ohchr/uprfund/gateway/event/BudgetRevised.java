package org.ohchr.uprfund.gateway.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Data of {@code org.ohchr.uprfund.projects.BudgetRevised}: a project's budget was revised. */
public record BudgetRevised(UUID revisionId, UUID projectId, String iso3, BigDecimal previousBudgetUsd, BigDecimal revisedBudgetUsd,
        BigDecimal changeUsd, LocalDate effectiveOn, String reason, String revisedBy, Instant recordedAt) {

    public static final String TYPE = "org.ohchr.uprfund.projects.BudgetRevised";

    public static BudgetRevised from(EventData data) {
        BigDecimal previous = data.usdNotNegative("previousBudgetUsd");
        BigDecimal revised = data.usdNotNegative("revisedBudgetUsd");
        BigDecimal change = data.usd("changeUsd");
        if (revised.subtract(previous).compareTo(change) != 0) {
            throw EventRejectedException.schema("BudgetRevised: data.changeUsd must be revisedBudgetUsd - previousBudgetUsd");
        }
        return new BudgetRevised(data.uuid("revisionId"), data.uuid("projectId"), data.iso3("iso3"), previous, revised, change,
                data.date("effectiveOn"), data.text("reason", 1000), data.text("revisedBy", 300), data.instant("recordedAt"));
    }
}
