package org.ohchr.uprfund.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresTest {

    @Test
    void startsOnAFreePortAnswersAQueryThroughJdbcAndStops(@TempDir Path directory) throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgres.start(directory, EmbeddedPostgres.freePort(),
                Redirect.appendTo(directory.resolve("postgres.log").toFile()));
        String url = postgres.jdbcUrl("postgres");
        try {
            assertEquals(postgres.majorVersion() + "|postgres", query(url, "SELECT current_setting('server_version_num')::int / 10000 || '|' || current_user"));
            assertTrue(commitTimestampOfAnInsert(url), "the fault suite's closing audit orders transactions by their commit timestamps");
        } finally {
            postgres.stop();
        }
        assertThrows(SQLException.class, () -> DriverManager.getConnection(url, EmbeddedPostgres.USER, ""));
    }

    @Test
    void aSecondStartInTheSameJvmReusesTheRunningServer() throws Exception {
        EmbeddedPostgres first = EmbeddedPostgres.forThisJvm();
        EmbeddedPostgres second = EmbeddedPostgres.forThisJvm();

        assertSame(first, second);
        assertEquals("1", query(second.jdbcUrl("postgres"), "SELECT 1"));
    }

    private static boolean commitTimestampOfAnInsert(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, EmbeddedPostgres.USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE committed_row (n int)");
            statement.execute("INSERT INTO committed_row VALUES (1)");
            try (ResultSet rows = statement.executeQuery("SELECT pg_xact_commit_timestamp(xmin) IS NOT NULL FROM committed_row")) {
                rows.next();
                return rows.getBoolean(1);
            }
        }
    }

    private static String query(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, EmbeddedPostgres.USER, "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
