package org.ohchr.uprfund.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The counts a test takes around a refused request: every table of the schema as the catalogue lists it (none named by
 * hand, so a table added later is counted too), the sum of the versions of each versioned table, and what moved.
 */
class TableRowCountsTest {

    private static final String DATABASE = "table_row_counts_" + UUID.randomUUID().toString().replace("-", "");
    private static EmbeddedPostgres postgres;
    private static PGSimpleDataSource dataSource;

    @BeforeAll
    static void database() throws SQLException {
        postgres = EmbeddedPostgres.forThisJvm();
        execute(postgres.jdbcUrl("postgres"), "CREATE DATABASE " + DATABASE);
        dataSource = new PGSimpleDataSource();
        dataSource.setUrl(postgres.jdbcUrl(DATABASE));
        dataSource.setUser(EmbeddedPostgres.USER);
        execute(dataSource.getUrl(), "CREATE TABLE pledge (id int PRIMARY KEY)",
                "CREATE TABLE donor (id int PRIMARY KEY, version bigint NOT NULL DEFAULT 0)",
                "CREATE TABLE search_queue (id int)",
                "CREATE VIEW pledge_view AS SELECT * FROM pledge");
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        execute(postgres.jdbcUrl("postgres"), "DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
    }

    @Test
    void everyTableOfTheCatalogueIsCountedButTheIgnoredOnesAndEveryVersionedOneSumsItsVersions() throws SQLException {
        execute(dataSource.getUrl(), "CREATE TABLE IF NOT EXISTS added_later (id int)");

        TableRowCounts counts = new TableRowCounts(dataSource, Set.of("search_queue"));

        assertThat(counts.tables()).containsExactly("added_later", "donor", "pledge");
        assertThat(counts.now()).containsOnlyKeys("added_later", "donor", "pledge", "donor" + TableRowCounts.VERSIONS);
        assertThat(new TableRowCounts(dataSource).tables()).contains("search_queue");
    }

    @Test
    void whatARequestWroteIsNamedTableByTableAndAnUpdateMovesTheVersions() throws SQLException {
        TableRowCounts counts = new TableRowCounts(dataSource, Set.of("search_queue"));
        execute(dataSource.getUrl(), "INSERT INTO donor (id) VALUES (1)");

        counts.assertNothingWrittenBy(() -> execute(dataSource.getUrl(), "SELECT 1", "INSERT INTO search_queue VALUES (1)"));
        assertThat(counts.writtenBy(() -> execute(dataSource.getUrl(), "INSERT INTO pledge VALUES (1), (2)",
                "UPDATE donor SET version = version + 1 WHERE id = 1")))
                .isEqualTo(Map.of("pledge", 2L, "donor" + TableRowCounts.VERSIONS, 1L));
        assertThatThrownBy(() -> counts.assertNothingWrittenBy(() -> execute(dataSource.getUrl(), "DELETE FROM pledge WHERE id = 2")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("\"pledge\"=-1");
    }

    private static void execute(String url, String... statements) {
        try (Connection connection = DriverManager.getConnection(url, EmbeddedPostgres.USER, ""); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
