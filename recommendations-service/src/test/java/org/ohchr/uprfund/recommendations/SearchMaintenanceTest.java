package org.ohchr.uprfund.recommendations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.recommendations.repository.SearchIndexRepository;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The requests' role owns no table, and PostgreSQL skips (with a mere warning) a VACUUM by anyone but a table's
 * owner: the search index's maintenance after a bulk import must run as the owner, or text searches lose their
 * index-only scans without a word.
 */
@QuarkusTest
class SearchMaintenanceTest {

    @Inject
    SearchIndexRepository searchIndex;

    @Inject
    DataSource dataSource;

    @Test
    void theSearchTablesAreVacuumedAndAnalysedForReal() throws SQLException {
        long vacuumsBefore = vacuums("recommendation_search");
        long analysesBefore = analyses("recommendation");

        searchIndex.vacuum();

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertThat(vacuums("recommendation_search")).isGreaterThan(vacuumsBefore);
            assertThat(vacuums("recommendation_words")).isPositive();
            assertThat(analyses("recommendation")).isGreaterThan(analysesBefore);
        });
    }

    private long vacuums(String table) throws SQLException {
        return statistic("vacuum_count", table);
    }

    private long analyses(String table) throws SQLException {
        return statistic("analyze_count", table);
    }

    private long statistic(String column, String table) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT " + column + " FROM pg_stat_user_tables WHERE relname = ?")) {
            query.setString(1, table);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as(table).isTrue();
                return row.getLong(1);
            }
        }
    }
}
