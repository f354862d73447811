package org.ohchr.uprfund.gateway.service.readmodel;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.gateway.domain.BudgetRevision;
import org.ohchr.uprfund.gateway.domain.Project;
import org.ohchr.uprfund.gateway.domain.ProjectStatus;
import org.ohchr.uprfund.gateway.domain.ProjectStatusChange;
import org.ohchr.uprfund.gateway.event.BudgetRevised;
import org.ohchr.uprfund.gateway.event.EventRejectedException;
import org.ohchr.uprfund.gateway.event.ProjectApproved;
import org.ohchr.uprfund.gateway.event.ProjectProposed;
import org.ohchr.uprfund.gateway.event.ProjectStatusChanged;
import org.ohchr.uprfund.gateway.repository.BudgetRevisionRepository;
import org.ohchr.uprfund.gateway.repository.ProjectRepository;
import org.ohchr.uprfund.gateway.repository.ProjectStatusChangeRepository;
import org.ohchr.uprfund.platform.inbox.CloudEventEnvelope;

/**
 * A project's life: ProjectProposed creates it; ProjectApproved, ProjectStatusChanged and BudgetRevised change it. They
 * share the project's key, so they arrive in order; one that finds no project waits for the producer's earlier events,
 * and is parked if its proposal still is not there (parked itself), to be replayed after it. Every status is kept in the
 * history with its event's aggregate sequence; the project's current status and budget follow only the newest event, the
 * one with the highest sequence ({@link #isNewest}), so a replayed older one does not undo a later change and the
 * producer's clock decides nothing.
 */
@ApplicationScoped
public class ProjectProjection implements EventProjection {

    private final ProjectRepository projects;
    private final ProjectStatusChangeRepository statuses;
    private final BudgetRevisionRepository revisions;

    ProjectProjection(ProjectRepository projects, ProjectStatusChangeRepository statuses, BudgetRevisionRepository revisions) {
        this.projects = projects;
        this.statuses = statuses;
        this.revisions = revisions;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(ProjectProposed.TYPE, ProjectApproved.TYPE, ProjectStatusChanged.TYPE, BudgetRevised.TYPE);
    }

    @Override
    public void apply(CloudEventEnvelope event) {
        switch (event.type()) {
            case ProjectProposed.TYPE -> proposed(event, ProjectProposed.from(event));
            case ProjectApproved.TYPE -> approved(event, ProjectApproved.from(event));
            case ProjectStatusChanged.TYPE -> statusChanged(event, ProjectStatusChanged.from(event));
            default -> budgetRevised(event, BudgetRevised.from(event));
        }
    }

    private void proposed(CloudEventEnvelope event, ProjectProposed proposed) {
        if (projects.findByIdOptional(proposed.projectId()).isPresent()) {
            throw EventRejectedException.unappliable("project " + proposed.projectId() + " is proposed already, by another event");
        }
        Project project = new Project();
        project.projectId = proposed.projectId();
        project.code = proposed.code();
        project.iso3 = proposed.iso3();
        project.title = proposed.title();
        project.fieldPresence = proposed.fieldPresence();
        project.strategicArea = proposed.strategicArea() == null ? null : proposed.strategicArea().name();
        project.plannedStart = proposed.plannedStart();
        project.plannedEnd = proposed.plannedEnd();
        project.proposedBudgetUsd = proposed.budgetUsd();
        project.budgetUsd = proposed.budgetUsd();
        project.budgetNote = proposed.budgetNote();
        project.status = ProjectStatus.PROPOSED.name();
        project.genderMarker = proposed.genderMarker();
        project.recommendationIds = proposed.recommendationIds().toArray(UUID[]::new);
        project.sdgGoals = proposed.sdgGoals().toArray(Integer[]::new);
        project.proposedAt = proposed.recordedAt();
        project.lastEventTime = event.time();
        project.lastSequence = event.sequence();
        projects.persist(project);
        history(event, project.projectId, ProjectStatus.PROPOSED, null, proposed.recordedAt());
    }

    private void approved(CloudEventEnvelope event, ProjectApproved approved) {
        Project project = known(approved.projectId(), approved.iso3(), event);
        project.approvedBudgetUsd = approved.approvedBudgetUsd();
        project.approvedOn = approved.approvedOn();
        if (isNewest(project, event)) {
            project.status = ProjectStatus.APPROVED.name();
            project.budgetUsd = approved.approvedBudgetUsd();
            project.budgetNote = approved.budgetNote() == null ? project.budgetNote : approved.budgetNote();
            newest(project, event);
        }
        history(event, project.projectId, ProjectStatus.APPROVED, "consent " + approved.consentReference(),
                approved.approvedOn().atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private void statusChanged(CloudEventEnvelope event, ProjectStatusChanged changed) {
        Project project = known(changed.projectId(), changed.iso3(), event);
        if (isNewest(project, event)) {
            project.status = changed.status().name();
            newest(project, event);
        }
        history(event, project.projectId, changed.status(), changed.reason(), changed.recordedAt());
    }

    private void budgetRevised(CloudEventEnvelope event, BudgetRevised revised) {
        Project project = known(revised.projectId(), revised.iso3(), event);
        BudgetRevision revision = new BudgetRevision();
        revision.revisionId = revised.revisionId();
        revision.projectId = revised.projectId();
        revision.previousBudgetUsd = revised.previousBudgetUsd();
        revision.revisedBudgetUsd = revised.revisedBudgetUsd();
        revision.changeUsd = revised.changeUsd();
        revision.effectiveOn = revised.effectiveOn();
        revision.reason = revised.reason();
        revision.recordedAt = revised.recordedAt();
        revisions.persist(revision);
        if (isNewest(project, event)) {
            project.budgetUsd = revised.revisedBudgetUsd();
            newest(project, event);
        }
    }

    private Project known(UUID projectId, String iso3, CloudEventEnvelope event) {
        Project project = projects.findByIdOptional(projectId).orElseThrow(() -> EventRejectedException.unknownAggregate(
                event.name() + " is for project " + projectId + ", which the read model does not know: its ProjectProposed has"
                        + " not been applied (parked, or not published)"));
        if (!project.iso3.equals(iso3)) {
            throw EventRejectedException.unappliable(event.name() + " names State " + iso3 + " for project " + projectId + ", which is"
                    + " a project of " + project.iso3);
        }
        return project;
    }

    /**
     * True when the event is newer than every one that set the project's current state: its aggregate sequence is higher.
     * An event without one (published before events carried it) is newest while the project has seen only such events:
     * they are ordered by the order applied, which is their order in the partition.
     */
    static boolean isNewest(Long lastSequence, CloudEventEnvelope event) {
        if (event.sequence() == null) {
            return lastSequence == null;
        }
        return lastSequence == null || event.sequence() > lastSequence;
    }

    private static boolean isNewest(Project project, CloudEventEnvelope event) {
        return isNewest(project.lastSequence, event);
    }

    private static void newest(Project project, CloudEventEnvelope event) {
        project.lastEventTime = event.time();
        if (event.sequence() != null) {
            project.lastSequence = event.sequence();
        }
    }

    private void history(CloudEventEnvelope event, UUID projectId, ProjectStatus status, String reason, Instant at) {
        ProjectStatusChange change = new ProjectStatusChange();
        change.eventId = event.id();
        change.projectId = projectId;
        change.status = status.name();
        change.reason = reason;
        change.changedAt = at;
        change.aggregateSequence = event.sequence();
        statuses.persist(change);
    }
}
