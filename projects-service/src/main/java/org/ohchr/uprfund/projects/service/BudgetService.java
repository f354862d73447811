package org.ohchr.uprfund.projects.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.ohchr.uprfund.platform.concurrency.VersionPrecondition;
import org.ohchr.uprfund.platform.outbox.EventOutbox;
import org.ohchr.uprfund.platform.paging.Page;
import org.ohchr.uprfund.platform.paging.PageRequest;
import org.ohchr.uprfund.platform.problem.ConflictException;
import org.ohchr.uprfund.platform.problem.InvalidFieldException;
import org.ohchr.uprfund.platform.problem.ResourceNotFoundException;
import org.ohchr.uprfund.projects.domain.BudgetRevision;
import org.ohchr.uprfund.projects.domain.Project;
import org.ohchr.uprfund.projects.domain.UsdAmounts;
import org.ohchr.uprfund.projects.event.BudgetRevised;
import org.ohchr.uprfund.projects.mapping.NewBudgetRevision;
import org.ohchr.uprfund.projects.repository.BudgetRevisionRepository;
import org.ohchr.uprfund.projects.repository.ProjectRepository;

/**
 * Budget revisions of approved projects: each one an entry of its own, never changed, from which the current budget is
 * summed. A revision is a change of the project: it needs the project's current version and makes a new one.
 */
@ApplicationScoped
@Transactional
public class BudgetService {

    private final ProjectRepository projects;
    private final BudgetRevisionRepository revisions;
    private final EventOutbox outbox;

    BudgetService(ProjectRepository projects, BudgetRevisionRepository revisions, EventOutbox outbox) {
        this.projects = projects;
        this.revisions = revisions;
        this.outbox = outbox;
    }

    /** Records a revision and {@link BudgetRevised}. The project must be approved and still running. */
    public Revised revise(@NotNull UUID projectId, @NotNull VersionPrecondition precondition, @Valid @NotNull NewBudgetRevision request,
            @NotNull String revisedBy) {
        Project project = projects.findForUpdate(projectId).orElseThrow(() -> ResourceNotFoundException.of("project", projectId));
        precondition.requireCurrent(project.version);
        if (!project.status.isRunning()) {
            throw new ConflictException("Project " + projectId + " is " + project.status + ": only an approved project that is still"
                    + " running (APPROVED, ACTIVE or SUSPENDED) has its budget revised");
        }
        if (request.effectiveOn().isBefore(project.approvedOn)) {
            throw new InvalidFieldException("effectiveOn", "must not be before the approval, " + project.approvedOn);
        }
        BigDecimal previous = project.approvedBudgetUsd.add(revisions.changesOf(projectId));
        BigDecimal revised = UsdAmounts.notNegative("revisedBudgetUsd", request.revisedBudgetUsd());
        if (revised.compareTo(previous) == 0) {
            throw new InvalidFieldException("revisedBudgetUsd", "is the current budget already (" + previous.toPlainString() + " USD)");
        }
        BudgetRevision revision = new BudgetRevision();
        revision.id = UUID.randomUUID();
        revision.projectId = projectId;
        revision.previousBudgetUsd = previous;
        revision.revisedBudgetUsd = revised;
        revision.changeUsd = revised.subtract(previous);
        revision.effectiveOn = request.effectiveOn();
        revision.reason = request.reason().strip();
        revision.recordedAt = Instant.now();
        revision.recordedBy = revisedBy;
        revisions.persist(revision);
        project.changedAt = revision.recordedAt;
        projects.flush();
        outbox.record(BudgetRevised.of(revision, project.iso3));
        return new Revised(revision, project.version);
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<BudgetRevision> find(UUID projectId, UUID id) {
        return revisions.findOfProject(projectId, id);
    }

    /** A project's revisions, oldest first. */
    @Transactional(TxType.SUPPORTS)
    public Page<BudgetRevision> list(@NotNull UUID projectId, PageRequest page) {
        if (projects.findByIdOptional(projectId).isEmpty()) {
            throw ResourceNotFoundException.of("project", projectId);
        }
        return revisions.ofProject(projectId, page);
    }

    /** The revision recorded, and the project's version it made. */
    public record Revised(BudgetRevision revision, long projectVersion) {
    }
}
