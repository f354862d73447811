package org.ohchr.uprfund.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Counts of the rows a refused request must not write: recommendations, plans, status changes, SDG decisions, imports
 * and their row details, events, and the sum of every recommendation's version (an update that wrote anything moves
 * it). (Not the search indexer's queue, which the indexer empties meanwhile.)
 */
@ApplicationScoped
public class RecommendationCounts {

    @Inject
    EntityManager entityManager;

    @Transactional
    public Snapshot snapshot() {
        Object[] row = (Object[]) entityManager.createNativeQuery("SELECT"
                + " (SELECT count(*) FROM recommendation), (SELECT coalesce(sum(version), 0) FROM recommendation),"
                + " (SELECT count(*) FROM implementation_plan), (SELECT count(*) FROM implementation_status_change),"
                + " (SELECT count(*) FROM sdg_suggestion_decision), (SELECT count(*) FROM recommendation_import),"
                + " (SELECT count(*) FROM import_row_detail), (SELECT count(*) FROM outbox_event)").getSingleResult();
        return new Snapshot(n(row[0]), n(row[1]), n(row[2]), n(row[3]), n(row[4]), n(row[5]), n(row[6]), n(row[7]));
    }

    /** Runs the request (with its own assertions) and asserts that it wrote none of these rows. */
    public void assertNothingWrittenBy(Runnable request) {
        Snapshot before = snapshot();
        request.run();
        assertThat(snapshot()).isEqualTo(before);
    }

    /**
     * Runs an import (with its own assertions) and asserts that it changed no recommendation and published nothing: the
     * import's own record is all it may write.
     */
    public void assertNothingWrittenByTheRows(Runnable request) {
        Snapshot before = snapshot();
        request.run();
        Snapshot after = snapshot();
        assertThat(after).isEqualTo(new Snapshot(before.recommendations(), before.versions(), before.plans(), before.statusChanges(),
                before.sdgDecisions(), before.imports() + 1, after.importRowDetails(), before.events()));
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }

    /** Row counts at one moment; equal snapshots mean nothing was written in between. */
    public record Snapshot(long recommendations, long versions, long plans, long statusChanges, long sdgDecisions, long imports,
            long importRowDetails, long events) {
    }
}
