package org.ohchr.uprfund.projects.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
import org.ohchr.uprfund.platform.reference.CountryCodes;
import org.ohchr.uprfund.projects.domain.Criterion;
import org.ohchr.uprfund.platform.period.EntryDates;
import org.ohchr.uprfund.projects.domain.Project;
import org.ohchr.uprfund.projects.domain.ProjectStatus;
import org.ohchr.uprfund.projects.domain.ProjectStatusChange;
import org.ohchr.uprfund.projects.domain.ProjectView;
import org.ohchr.uprfund.projects.domain.UsdAmounts;
import org.ohchr.uprfund.projects.domain.WriteScope;
import org.ohchr.uprfund.projects.event.ProjectApproved;
import org.ohchr.uprfund.projects.event.ProjectProposed;
import org.ohchr.uprfund.projects.event.ProjectStatusChanged;
import org.ohchr.uprfund.projects.mapping.CriterionAnswer;
import org.ohchr.uprfund.projects.mapping.NewApproval;
import org.ohchr.uprfund.projects.mapping.NewProject;
import org.ohchr.uprfund.projects.mapping.NewStatusChange;
import org.ohchr.uprfund.projects.repository.BudgetRevisionRepository;
import org.ohchr.uprfund.projects.repository.ExpenditureRepository;
import org.ohchr.uprfund.projects.repository.ProjectRepository;
import org.ohchr.uprfund.projects.repository.ProjectStatusChangeRepository;

/**
 * Country projects: proposal, approval with the State's consent and the assessment, the moves of the lifecycle. A change
 * of a project needs the version its caller read ({@link VersionPrecondition}) and makes a new one.
 */
@ApplicationScoped
@Transactional
public class ProjectService {

    private final ProjectRepository projects;
    private final ProjectStatusChangeRepository statusChanges;
    private final BudgetRevisionRepository revisions;
    private final ExpenditureRepository expenditure;
    private final EventOutbox outbox;
    private final Clock clock = Clock.systemUTC();

    ProjectService(ProjectRepository projects, ProjectStatusChangeRepository statusChanges, BudgetRevisionRepository revisions,
            ExpenditureRepository expenditure, EventOutbox outbox) {
        this.projects = projects;
        this.statusChanges = statusChanges;
        this.revisions = revisions;
        this.expenditure = expenditure;
        this.outbox = outbox;
    }

    /** Records a proposal and {@link ProjectProposed}; a field office proposes for its own States only. */
    public ProjectView propose(@Valid @NotNull NewProject request, @NotNull WriteScope scope, @NotNull String proposedBy) {
        if (!CountryCodes.isAlpha3(request.iso3())) {
            throw new InvalidFieldException("iso3", "is not an ISO 3166-1 alpha-3 country code");
        }
        scope.requireState(request.iso3(), "proposing a project");
        if (request.plannedStart() != null && request.plannedEnd() != null && request.plannedEnd().isBefore(request.plannedStart())) {
            throw new InvalidFieldException("plannedEnd", "must not be before plannedStart (" + request.plannedStart() + ")");
        }
        BigDecimal budget = UsdAmounts.notNegative("budgetUsd", request.budgetUsd());
        String code = request.code().strip();
        projects.findByCode(code).ifPresent(existing -> {
            throw new ConflictException("A project with code " + code + " already exists (" + existing.id + ")");
        });
        Project project = new Project();
        project.id = UUID.randomUUID();
        project.code = code;
        project.iso3 = request.iso3();
        project.title = request.title().strip();
        project.fieldPresence = blankToNull(request.fieldPresence());
        project.strategicArea = request.strategicArea();
        project.status = ProjectStatus.PROPOSED;
        project.plannedStart = request.plannedStart();
        project.plannedEnd = request.plannedEnd();
        project.proposedBudgetUsd = budget;
        project.budgetNote = blankToNull(request.budgetNote());
        project.genderMarker = request.genderMarker() == null ? null : request.genderMarker().shortValue();
        project.recommendationIds = distinct(request.recommendationIds()).toArray(UUID[]::new);
        project.sdgGoals = distinct(request.sdgGoals()).stream().sorted().toArray(Integer[]::new);
        project.proposedAt = Instant.now();
        project.proposedBy = proposedBy;
        project.changedAt = project.proposedAt;
        projects.persist(project);
        outbox.record(ProjectProposed.of(project));
        return new ProjectView(project, budget, BigDecimal.ZERO.setScale(UsdAmounts.SCALE));
    }

    /**
     * Approves a proposed project (PROPOSED to APPROVED) with the State's consent reference, the assessment against
     * questions (a) to (d) and the approved budget, and records {@link ProjectApproved}.
     */
    public ProjectView approve(@NotNull UUID id, @NotNull VersionPrecondition precondition, @Valid @NotNull NewApproval request,
            @NotNull String approvedBy) {
        Project project = projects.findForUpdate(id).orElseThrow(() -> ResourceNotFoundException.of("project", id));
        precondition.requireCurrent(project.version);
        requireMove(project, ProjectStatus.APPROVED);
        project.approvedOn = EntryDates.requireNotFuture("approvedOn", request.approvedOn(), clock);
        project.approvedBudgetUsd = UsdAmounts.notNegative("approvedBudgetUsd", request.approvedBudgetUsd());
        if (request.budgetNote() != null) {
            project.budgetNote = blankToNull(request.budgetNote());
        }
        project.consentReference = request.consentReference().strip();
        project.criterionA = criterion(request.assessment().a());
        project.criterionB = criterion(request.assessment().b());
        project.criterionC = criterion(request.assessment().c());
        project.criterionD = criterion(request.assessment().d());
        ProjectStatusChange change = move(project, ProjectStatus.APPROVED, null, approvedBy);
        outbox.record(ProjectApproved.of(project, approvedBy, change.changedAt));
        return viewOf(project);
    }

    /** Moves a project along its lifecycle (not to APPROVED: see {@link #approve}) and records {@link ProjectStatusChanged}. */
    public ProjectView changeStatus(@NotNull UUID id, @NotNull VersionPrecondition precondition, @Valid @NotNull NewStatusChange request,
            @NotNull String changedBy) {
        Project project = projects.findForUpdate(id).orElseThrow(() -> ResourceNotFoundException.of("project", id));
        precondition.requireCurrent(project.version);
        if (request.status() == ProjectStatus.APPROVED) {
            throw new InvalidFieldException("status", "APPROVED is reached by the approval (POST /api/projects/{id}/approval), which"
                    + " records the State's consent and the assessment");
        }
        requireMove(project, request.status());
        String reason = blankToNull(request.reason());
        if (reason == null && request.status().needsReason()) {
            throw new InvalidFieldException("reason", "is required to move a project to " + request.status());
        }
        ProjectStatusChange change = move(project, request.status(), reason, changedBy);
        outbox.record(ProjectStatusChanged.of(change, project.iso3));
        return viewOf(project);
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<ProjectView> findById(UUID id) {
        return projects.findByIdOptional(id).map(this::viewOf);
    }

    /** Projects by State, then code; every filter is optional. */
    @Transactional(TxType.SUPPORTS)
    public Page<ProjectView> list(ProjectRepository.Filter filter, PageRequest page) {
        Page<Project> found = projects.search(filter, page);
        List<UUID> ids = found.items().stream().map(project -> project.id).toList();
        Map<UUID, BigDecimal> changes = revisions.changesOf(ids);
        Map<UUID, BigDecimal> spent = expenditure.spentBy(ids);
        return found.map(project -> new ProjectView(project, project.baseBudgetUsd().add(changes.getOrDefault(project.id, BigDecimal.ZERO)),
                spent.getOrDefault(project.id, BigDecimal.ZERO).setScale(UsdAmounts.SCALE)));
    }

    /** A project's moves along its lifecycle, oldest first. */
    @Transactional(TxType.SUPPORTS)
    public Page<ProjectStatusChange> statusChanges(@NotNull UUID id, PageRequest page) {
        if (projects.findByIdOptional(id).isEmpty()) {
            throw ResourceNotFoundException.of("project", id);
        }
        return statusChanges.ofProject(id, page);
    }

    /** The project with its current budget and what it spent, summed from the entries. */
    @Transactional(TxType.SUPPORTS)
    public ProjectView viewOf(Project project) {
        BigDecimal budget = project.baseBudgetUsd().add(revisions.changesOf(project.id));
        BigDecimal spent = expenditure.spentBy(List.of(project.id)).getOrDefault(project.id, BigDecimal.ZERO);
        return new ProjectView(project, budget, spent.setScale(UsdAmounts.SCALE));
    }

    private static void requireMove(Project project, ProjectStatus target) {
        if (!project.status.canMoveTo(target)) {
            throw new ConflictException("Project " + project.id + " is " + project.status + " and cannot move to " + target
                    + (project.status.next().isEmpty() ? ": " + project.status + " is final"
                            : "; from " + project.status + " it may move to " + project.status.next()));
        }
    }

    /** Sets the status, records the move, and flushes, so that the project's new version is known. */
    private ProjectStatusChange move(Project project, ProjectStatus target, String reason, String changedBy) {
        ProjectStatusChange change = new ProjectStatusChange();
        change.id = UUID.randomUUID();
        change.projectId = project.id;
        change.previousStatus = project.status;
        change.status = target;
        change.reason = reason;
        change.changedAt = Instant.now();
        change.changedBy = changedBy;
        statusChanges.persist(change);
        project.status = target;
        project.changedAt = change.changedAt;
        projects.flush();
        return change;
    }

    private static Criterion criterion(CriterionAnswer answer) {
        return new Criterion(answer.answer(), answer.notes().strip());
    }

    private static <T> List<T> distinct(List<T> values) {
        return values == null ? List.of() : List.copyOf(new LinkedHashSet<>(values));
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
