package org.ohchr.uprfund.projects;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.ohchr.uprfund.platform.idempotency.IdempotencyRecordRepository;
import org.ohchr.uprfund.platform.outbox.OutboxEventRepository;
import org.ohchr.uprfund.projects.repository.BudgetRevisionRepository;
import org.ohchr.uprfund.projects.repository.ExpenditureRepository;
import org.ohchr.uprfund.projects.repository.ProgressUpdateRepository;
import org.ohchr.uprfund.projects.repository.ProjectRepository;
import org.ohchr.uprfund.projects.repository.ProjectStatusChangeRepository;

/**
 * Counts of the rows a refused request must not write (projects, status changes, budget revisions, progress updates,
 * expenditure, events, idempotency records), and the versions of projects, which a refused change must not move.
 */
@ApplicationScoped
public class EntryCounts {

    @Inject
    ProjectRepository projects;

    @Inject
    ProjectStatusChangeRepository statusChanges;

    @Inject
    BudgetRevisionRepository revisions;

    @Inject
    ProgressUpdateRepository updates;

    @Inject
    ExpenditureRepository expenditure;

    @Inject
    OutboxEventRepository outbox;

    @Inject
    IdempotencyRecordRepository idempotencyRecords;

    public Snapshot snapshot() {
        long versions = projects.getEntityManager().createQuery("select coalesce(sum(p.version), 0) from Project p", Long.class)
                .getSingleResult();
        return new Snapshot(projects.count(), versions, statusChanges.count(), revisions.count(), updates.count(), expenditure.count(),
                outbox.count(), idempotencyRecords.count());
    }

    /** Runs the request (with its own assertions) and asserts that it wrote none of these rows and changed no project. */
    public void assertNothingWrittenBy(Runnable request) {
        Snapshot before = snapshot();
        request.run();
        assertThat(snapshot()).isEqualTo(before);
    }

    /** Row counts at one moment; equal snapshots mean nothing was written in between. */
    public record Snapshot(long projects, long projectVersions, long statusChanges, long budgetRevisions, long progressUpdates,
            long expenditure, long events, long idempotencyRecords) {

        public Snapshot minus(Snapshot other) {
            return new Snapshot(projects - other.projects, projectVersions - other.projectVersions, statusChanges - other.statusChanges,
                    budgetRevisions - other.budgetRevisions, progressUpdates - other.progressUpdates, expenditure - other.expenditure,
                    events - other.events, idempotencyRecords - other.idempotencyRecords);
        }
    }
}
