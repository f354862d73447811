package org.ohchr.uprfund.gateway.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Data of {@code org.ohchr.uprfund.projects.ProjectApproved}: the fund approved a project, with the State's consent. */
public record ProjectApproved(UUID projectId, String iso3, LocalDate approvedOn, BigDecimal approvedBudgetUsd, String budgetNote,
        String consentReference, String approvedBy, Instant recordedAt) {

    public static final String TYPE = "org.ohchr.uprfund.projects.ProjectApproved";

    public static ProjectApproved from(EventData data) {
        return new ProjectApproved(data.uuid("projectId"), data.iso3("iso3"), data.date("approvedOn"),
                data.usdNotNegative("approvedBudgetUsd"), ProjectProposed.budgetNote(data), data.text("consentReference", 300), data.text("approvedBy", 300),
                data.instant("recordedAt"));
    }
}
