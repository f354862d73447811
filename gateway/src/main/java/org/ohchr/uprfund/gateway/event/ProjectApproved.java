package org.ohchr.uprfund.gateway.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.ohchr.uprfund.platform.inbox.CloudEventEnvelope;

/** Data of {@code org.ohchr.uprfund.projects.ProjectApproved}: the fund approved a project, with the State's consent. */
public record ProjectApproved(UUID projectId, String iso3, LocalDate approvedOn, BigDecimal approvedBudgetUsd, String budgetNote,
        String consentReference, String approvedBy, Instant recordedAt) {

    public static final String TYPE = "org.ohchr.uprfund.projects.ProjectApproved";

    public static ProjectApproved from(CloudEventEnvelope event) {
        return EventPayload.bind(event, ProjectApproved.class);
    }
}
