package org.ohchr.uprfund.recommendations.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.jboss.logging.Logger;
import org.ohchr.uprfund.platform.background.BacklogWorker;
import org.ohchr.uprfund.recommendations.config.RecommendationsConfig;
import org.ohchr.uprfund.recommendations.repository.SearchIndexRepository;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Indexes, after an import commits, the texts of the recommendations it wrote: the text analysis (stemming in five
 * languages, the characters of Chinese texts) costs more than the import's own writes, so the import leaves it to this
 * indexer, which catches up in batches of the import's rows (the ids the import keeps per row), each its own
 * transaction, on a thread of its own ({@link BacklogWorker}); an import queues itself, one row. Until then, the new
 * texts are not found by {@code q} (every other filter finds them at once). Woken by each import's commit; a poll
 * every {@code fund.recommendations.search-index.poll-interval} is the fallback. Several instances share the work
 * (each batch is locked, the others skip it).
 */
@ApplicationScoped
public class SearchIndexer {

    private static final Logger LOG = Logger.getLogger(SearchIndexer.class);
    /** Recommendations indexed in one go after which the tables are vacuumed and their statistics refreshed. */
    private static final long VACUUM_AFTER = 10_000;

    private final SearchIndexRepository index;
    private final int batchSize;
    private final BacklogWorker worker;

    SearchIndexer(SearchIndexRepository index, RecommendationsConfig config, TransactionSynchronizationRegistry transactions) {
        this.index = index;
        this.batchSize = config.searchIndex().batchSize();
        this.worker = new BacklogWorker("search-indexer", this::drain, transactions);
    }

    void start(@Observes StartupEvent started) {
        worker.start();
    }

    void stop(@Observes ShutdownEvent stopping) {
        worker.stop();
    }

    /** Asks the indexer to work once the current transaction (an import's) commits. */
    public void wakeOnCommit() {
        worker.wakeOnCommit();
    }

    @Scheduled(every = "${fund.recommendations.search-index.poll-interval:5s}", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        worker.wake();
    }

    /**
     * Runs on the indexer's thread: indexes batches until none is left. After a large backlog (a bulk import), it
     * vacuums the words and search rows and refreshes the planner's statistics, so that searches plan for the tables as they
     * now are.
     */
    void drain() {
        try {
            long total = 0;
            Integer indexed;
            do {
                indexed = QuarkusTransaction.requiringNew().call(() -> {
                    index.preferIndexes();
                    return index.nextImportBatch(batchSize).map(batch -> {
                        index.index(batch.ids());
                        index.indexedUpTo(batch);
                        return batch.ids().size();
                    }).orElse(null);
                });
                total += indexed == null ? 0 : indexed;
            } while (indexed != null && worker.isRunning());
            if (total >= VACUUM_AFTER) {
                index.vacuum();
                LOG.infof("Search index: %d recommendations indexed, tables vacuumed, statistics refreshed", total);
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "The search indexer failed; it will try again");
        }
    }
}
