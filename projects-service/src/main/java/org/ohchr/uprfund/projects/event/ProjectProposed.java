package org.ohchr.uprfund.projects.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ohchr.uprfund.projects.domain.Project;
import org.ohchr.uprfund.projects.domain.StrategicArea;

/**
 * A project was proposed. {@code budgetNote} is this service's addition to the agreed contract: what the budget
 * figure rests on, when that needs saying. Schema: {@code META-INF/resources/events/ProjectProposed.json}.
 */
public record ProjectProposed(UUID projectId, String code, String iso3, String title, String fieldPresence,
        StrategicArea strategicArea, LocalDate plannedStart, LocalDate plannedEnd, String budgetUsd, String budgetNote,
        Integer genderMarker, List<UUID> recommendationIds, List<Integer> sdgGoals, String proposedBy, Instant recordedAt)
        implements ProjectEvent {

    public static final String TYPE = "org.ohchr.uprfund.projects.ProjectProposed";

    public static ProjectProposed of(Project project) {
        return new ProjectProposed(project.id, project.code, project.iso3, project.title, project.fieldPresence, project.strategicArea,
                project.plannedStart, project.plannedEnd, Money.of(project.proposedBudgetUsd), project.budgetNote,
                project.genderMarker == null ? null : project.genderMarker.intValue(), List.of(project.recommendationIds),
                List.of(project.sdgGoals), project.proposedBy, project.proposedAt);
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
