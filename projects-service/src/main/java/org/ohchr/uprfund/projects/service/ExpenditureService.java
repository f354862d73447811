package org.ohchr.uprfund.projects.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.ohchr.uprfund.platform.outbox.EventOutbox;
import org.ohchr.uprfund.platform.paging.Page;
import org.ohchr.uprfund.platform.paging.PageRequest;
import org.ohchr.uprfund.platform.problem.ConflictException;
import org.ohchr.uprfund.platform.problem.InvalidFieldException;
import org.ohchr.uprfund.platform.problem.ProblemException;
import org.ohchr.uprfund.platform.problem.ResourceNotFoundException;
import org.ohchr.uprfund.projects.domain.CorrectionPolicy;
import org.ohchr.uprfund.platform.period.EntryDates;
import org.ohchr.uprfund.projects.domain.Expenditure;
import org.ohchr.uprfund.projects.domain.ExpenditureLine;
import org.ohchr.uprfund.projects.domain.Project;
import org.ohchr.uprfund.projects.domain.UsdAmounts;
import org.ohchr.uprfund.projects.domain.WriteScope;
import org.ohchr.uprfund.projects.event.ExpenditureRecorded;
import org.ohchr.uprfund.projects.event.ExpenditureReversed;
import org.ohchr.uprfund.projects.mapping.ExpenditureReconciliation;
import org.ohchr.uprfund.projects.mapping.NewExpenditure;
import org.ohchr.uprfund.projects.mapping.NewExpenditureCorrection;
import org.ohchr.uprfund.projects.repository.ExpenditureRepository;
import org.ohchr.uprfund.projects.repository.ProjectRepository;

/**
 * Expenditure in US dollars by UN cost category, project-level or fund-level. Entries are never changed: a correction is
 * a new negative entry of the corrected entry's category and project, never for more than remains of it. Dates in a
 * closed accounting period are refused.
 * <p>
 * Every refusal is thrown before anything is written; it does not mark the caller's transaction for rollback, so that a
 * batch can refuse one item and go on with its group (the single operations' transactions roll back on it all the same).
 */
@ApplicationScoped
@Transactional(dontRollbackOn = ProblemException.class)
public class ExpenditureService {

    private final ExpenditureRepository expenditure;
    private final ProjectRepository projects;
    private final ClosedPeriodService periods;
    private final EventOutbox outbox;
    private final Clock clock = Clock.systemUTC();

    ExpenditureService(ExpenditureRepository expenditure, ProjectRepository projects, ClosedPeriodService periods, EventOutbox outbox) {
        this.expenditure = expenditure;
        this.projects = projects;
        this.periods = periods;
        this.outbox = outbox;
    }

    /**
     * Records an entry and {@link ExpenditureRecorded}: for a project of a State the caller writes for (the project must
     * be approved, and not cancelled), or, without a project, for the fund itself (a fund manager only).
     */
    public Expenditure record(@Valid @NotNull NewExpenditure request, @NotNull WriteScope scope, @NotNull String recordedBy) {
        Project project = request.projectId() == null ? null : projectForEntry(request.projectId(), scope, "recording its expenditure");
        if (project == null) {
            scope.requireFundWide("Recording fund-level expenditure (no projectId)");
        }
        Expenditure entry = new Expenditure();
        entry.id = UUID.randomUUID();
        entry.projectId = project == null ? null : project.id;
        entry.iso3 = project == null ? null : project.iso3;
        entry.spentOn = EntryDates.requireNotFuture("spentOn", request.spentOn(), clock);
        entry.costCategory = request.costCategory();
        entry.amountUsd = UsdAmounts.positive("amountUsd", request.amountUsd());
        entry.description = request.description().strip();
        entry.reference = ProjectService.blankToNull(request.reference());
        label(entry, request.reconciliation(), scope);
        periods.forEntry().requireOpen("spentOn", entry.spentOn);
        entry.recordedAt = Instant.now();
        entry.recordedBy = recordedBy;
        expenditure.persist(entry);
        outbox.record(ExpenditureRecorded.of(entry));
        return entry;
    }

    /**
     * Corrects an entry, wholly or in part, with a new negative entry of its category and project, and records
     * {@link ExpenditureReversed}: a refund or a corrected bill, also for a completed or cancelled project (a fund manager
     * only, see {@link CorrectionPolicy#requireMayCorrect}). The original is locked meanwhile, so that two corrections
     * cannot together take back more than it.
     */
    public Expenditure correct(@NotNull UUID id, @Valid @NotNull NewExpenditureCorrection request, @NotNull WriteScope scope,
            @NotNull String recordedBy) {
        Expenditure unlocked = expenditure.findByIdOptional(id).orElseThrow(() -> ResourceNotFoundException.of("expenditure entry", id));
        if (unlocked.projectId == null) {
            scope.requireFundWide("Correcting fund-level expenditure");
        } else {
            Project project = projects.findForEntry(unlocked.projectId)
                    .orElseThrow(() -> ResourceNotFoundException.of("project", unlocked.projectId));
            CorrectionPolicy.requireMayCorrect(project, scope);
        }
        Expenditure original = expenditure.findForCorrection(id).orElseThrow(() -> ResourceNotFoundException.of("expenditure entry", id));
        BigDecimal amount = CorrectionPolicy.amountOf(original, expenditure.correctedSoFar(id), request.amountUsd());
        LocalDate date = EntryDates.requireNotFuture("spentOn", request.spentOn(), clock);
        if (date.isBefore(original.spentOn)) {
            throw new InvalidFieldException("spentOn", "must not be before the corrected entry's date, " + original.spentOn);
        }
        Expenditure correction = new Expenditure();
        correction.id = UUID.randomUUID();
        correction.projectId = original.projectId;
        correction.iso3 = original.iso3;
        correction.spentOn = date;
        correction.costCategory = original.costCategory;
        correction.amountUsd = amount;
        correction.description = request.reason().strip();
        correction.reference = ProjectService.blankToNull(request.reference());
        correction.correctsId = original.id;
        label(correction, request.reconciliation(), scope);
        periods.forEntry().requireOpen("spentOn", date);
        correction.recordedAt = Instant.now();
        correction.recordedBy = recordedBy;
        expenditure.persist(correction);
        outbox.record(ExpenditureReversed.of(correction));
        return correction;
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<Expenditure> findById(UUID id) {
        return expenditure.findByIdOptional(id);
    }

    /** Entries by accounting date, then by when they were recorded; every filter is optional. */
    @Transactional(TxType.SUPPORTS)
    public Page<Expenditure> list(ExpenditureRepository.Filter filter, PageRequest page) {
        if (filter.projectId() != null && projects.findByIdOptional(filter.projectId()).isEmpty()) {
            throw ResourceNotFoundException.of("project", filter.projectId());
        }
        return expenditure.search(filter, page);
    }

    /** For each listed entry that has been corrected: what its corrections took back, positive. */
    @Transactional(TxType.SUPPORTS)
    public Map<UUID, BigDecimal> correctedAmountsOf(List<Expenditure> entries) {
        return expenditure.correctedAmounts(entries.stream().map(entry -> entry.id).toList());
    }

    /**
     * The project an entry is recorded for, locked for the entry: it exists (404), the caller writes for its State (403),
     * and it is approved and not cancelled (409).
     */
    private Project projectForEntry(UUID projectId, WriteScope scope, String what) {
        Project project = projects.findForEntry(projectId).orElseThrow(() -> ResourceNotFoundException.of("project", projectId));
        scope.requireState(project.iso3, what.replace("its", "project " + projectId + "'s"));
        if (!project.status.isFunded()) {
            throw new ConflictException("Project " + projectId + " is " + project.status + ": expenditure is recorded for approved"
                    + " projects, not for a proposal or a cancelled project");
        }
        return project;
    }

    /**
     * Places a reconciliation entry on the statement line it names, an expenditure line: a fund manager's decision, for it
     * moves the entry between the statement's lines.
     */
    private static void label(Expenditure entry, ExpenditureReconciliation reconciliation, WriteScope scope) {
        if (reconciliation != null) {
            scope.requireFundWide("Labelling an entry as a reconciliation with a published report (reconciliation)");
            entry.reconciliationLine = ExpenditureLine.parse("reconciliation.line", reconciliation.line()).name();
            if (reconciliation.reportLine() != null) {
                throw new InvalidFieldException("reconciliation.reportLine", "is no longer accepted: the line is named by its code in"
                        + " line, and the free text goes in note");
            }
            entry.reconciliationNote = reconciliation.note().strip();
        }
    }
}
