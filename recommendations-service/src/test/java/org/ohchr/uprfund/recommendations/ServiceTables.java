package org.ohchr.uprfund.recommendations;

import java.util.Set;

import javax.sql.DataSource;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.ohchr.uprfund.testing.TableRowCounts;

/**
 * Every table of the service's database, counted (what a test asserts a refused request did not write), but the search
 * rows, which the indexer writes after an import's or an edit's transaction.
 */
@Singleton
class ServiceTables {

    static final Set<String> WRITTEN_IN_BACKGROUND = Set.of("search_index_pending", "search_index_pending_import",
            "recommendation_text_search", "recommendation_search", "recommendation_words");

    @Produces
    @Singleton
    TableRowCounts counts(DataSource dataSource) {
        return new TableRowCounts(dataSource, WRITTEN_IN_BACKGROUND);
    }
}
