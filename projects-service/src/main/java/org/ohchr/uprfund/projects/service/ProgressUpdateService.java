package org.ohchr.uprfund.projects.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.ohchr.uprfund.platform.outbox.EventOutbox;
import org.ohchr.uprfund.platform.paging.DateRange;
import org.ohchr.uprfund.platform.paging.Page;
import org.ohchr.uprfund.platform.paging.PageRequest;
import org.ohchr.uprfund.platform.problem.ConflictException;
import org.ohchr.uprfund.platform.problem.InvalidFieldException;
import org.ohchr.uprfund.platform.problem.ProblemException;
import org.ohchr.uprfund.platform.problem.ResourceNotFoundException;
import org.ohchr.uprfund.platform.period.EntryDates;
import org.ohchr.uprfund.projects.domain.Indicator;
import org.ohchr.uprfund.projects.domain.IndicatorValues;
import org.ohchr.uprfund.projects.domain.ProgressUpdate;
import org.ohchr.uprfund.projects.domain.Project;
import org.ohchr.uprfund.projects.domain.WriteScope;
import org.ohchr.uprfund.projects.event.ProgressReported;
import org.ohchr.uprfund.projects.mapping.IndicatorValue;
import org.ohchr.uprfund.projects.mapping.NewProgressUpdate;
import org.ohchr.uprfund.projects.repository.ProgressUpdateRepository;
import org.ohchr.uprfund.projects.repository.ProjectRepository;

/**
 * Field offices' progress updates: reports on an approved project's period, never changed. Every refusal is thrown before
 * anything is written; it does not mark the caller's transaction for rollback, so that a batch can refuse one item and go
 * on with its group (the single operation's transaction rolls back on it all the same).
 */
@ApplicationScoped
@Transactional(dontRollbackOn = ProblemException.class)
public class ProgressUpdateService {

    private final ProjectRepository projects;
    private final ProgressUpdateRepository updates;
    private final EventOutbox outbox;
    private final Clock clock = Clock.systemUTC();

    ProgressUpdateService(ProjectRepository projects, ProgressUpdateRepository updates, EventOutbox outbox) {
        this.projects = projects;
        this.updates = updates;
        this.outbox = outbox;
    }

    /**
     * Records an update and {@link ProgressReported}. An unknown project is a 404 for everyone; a project of a State the
     * caller does not write for, a 403; a project not approved, or cancelled, a 409.
     */
    public ProgressUpdate report(@NotNull UUID projectId, @Valid @NotNull NewProgressUpdate request, @NotNull WriteScope scope,
            @NotNull String reportedBy) {
        Project project = projects.findForEntry(projectId).orElseThrow(() -> ResourceNotFoundException.of("project", projectId));
        scope.requireState(project.iso3, "reporting progress on project " + projectId);
        if (!project.status.isFunded()) {
            throw new ConflictException("Project " + projectId + " is " + project.status + ": progress is reported on approved projects,"
                    + " not on a proposal or a cancelled project");
        }
        EntryDates.requireNotFuture("periodStart", request.periodStart(), clock);
        if (request.periodEnd().isBefore(request.periodStart())) {
            throw new InvalidFieldException("periodEnd", "must not be before periodStart (" + request.periodStart() + ")");
        }
        ProgressUpdate update = new ProgressUpdate();
        update.id = UUID.randomUUID();
        update.projectId = projectId;
        update.iso3 = project.iso3;
        update.periodStart = request.periodStart();
        update.periodEnd = request.periodEnd();
        update.status = request.status();
        update.narrative = request.narrative().strip();
        update.recommendationIds = (request.recommendationIds() == null ? List.<UUID>of()
                : List.copyOf(new LinkedHashSet<>(request.recommendationIds()))).toArray(UUID[]::new);
        update.indicators = indicators(request.indicators());
        update.recordedAt = Instant.now();
        update.recordedBy = reportedBy;
        updates.persist(update);
        outbox.record(ProgressReported.of(update));
        return update;
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<ProgressUpdate> find(UUID projectId, UUID id) {
        return updates.findOfProject(projectId, id);
    }

    /** A project's updates by the period they report on; with dates, those whose period overlaps them. */
    @Transactional(TxType.SUPPORTS)
    public Page<ProgressUpdate> timeline(@NotNull UUID projectId, DateRange dates, PageRequest page) {
        if (projects.findByIdOptional(projectId).isEmpty()) {
            throw ResourceNotFoundException.of("project", projectId);
        }
        return updates.timeline(projectId, dates, page);
    }

    private static List<Indicator> indicators(List<IndicatorValue> values) {
        List<Indicator> indicators = new ArrayList<>();
        if (values == null) {
            return indicators;
        }
        for (int i = 0; i < values.size(); i++) {
            IndicatorValue value = values.get(i);
            String field = "indicators[" + i + "].";
            indicators.add(new Indicator(value.name().strip(), value.unit().strip(),
                    IndicatorValues.checked(field + "baseline", value.baseline()),
                    IndicatorValues.checked(field + "target", value.target()),
                    IndicatorValues.checked(field + "actual", value.actual())));
        }
        return indicators;
    }
}
