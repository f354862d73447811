package org.ohchr.uprfund.projects.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.ohchr.uprfund.projects.domain.Project;

/**
 * A proposed project was approved, with the State's consent (PROPOSED to APPROVED; every other move is
 * {@link ProjectStatusChanged}). {@code budgetNote} is this service's addition to the agreed contract.
 * Schema: {@code META-INF/resources/events/ProjectApproved.json}.
 */
public record ProjectApproved(UUID projectId, String iso3, LocalDate approvedOn, String approvedBudgetUsd, String budgetNote,
        String consentReference, String approvedBy, Instant recordedAt) implements ProjectEvent {

    public static final String TYPE = "org.ohchr.uprfund.projects.ProjectApproved";

    public static ProjectApproved of(Project project, String approvedBy, Instant recordedAt) {
        return new ProjectApproved(project.id, project.iso3, project.approvedOn, Money.of(project.approvedBudgetUsd), project.budgetNote,
                project.consentReference, approvedBy, recordedAt);
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
