package org.ohchr.uprfund.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.ohchr.uprfund.platform.database.PostgresServer;
import org.testcontainers.postgresql.PostgreSQLContainer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A fresh PostgreSQL database for one test run, dropped afterwards. The server's user is the database's owner
 * ({@code FUND_DB_USER}); a service whose requests run as an application role of its own gets it from its configuration,
 * as in production, so its tests run with that role's privileges.
 * <p>
 * It is created on the server named by {@code FUND_DB_HOST}, {@code FUND_DB_PORT}, {@code FUND_DB_USER} and
 * {@code FUND_DB_PASSWORD} (default: 127.0.0.1:5432, user postgres, no password); when nothing answers there on this
 * machine, on an embedded PostgreSQL started once for the JVM ({@link TestDatabaseServer}); or in a PostgreSQL
 * container when {@code FUND_TEST_CONTAINERS=true} and Docker is available.
 */
public class PostgresDatabaseResource implements QuarkusTestResourceLifecycleManager {

    private String databaseName;
    private PostgresServer server;
    private PostgreSQLContainer container;

    @Override
    public Map<String, String> start() {
        if (DockerAvailability.containersRequested()) {
            container = new PostgreSQLContainer("postgres:16-alpine");
            container.start();
            return Map.of(
                    "quarkus.datasource.jdbc.url", container.getJdbcUrl(),
                    "FUND_DB_USER", container.getUsername(),
                    "FUND_DB_PASSWORD", container.getPassword());
        }
        server = TestDatabaseServer.resolve();
        databaseName = "fund_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        execute("CREATE DATABASE " + databaseName);
        return Map.of(
                "quarkus.datasource.jdbc.url", server.jdbcUrl(databaseName),
                "FUND_DB_USER", server.user(),
                "FUND_DB_PASSWORD", server.password(),
                "FUND_DB_HOST", server.host(),
                "FUND_DB_PORT", Integer.toString(server.port()));
    }

    @Override
    public void stop() {
        if (container != null) {
            container.stop();
        } else if (databaseName != null) {
            try {
                execute("DROP DATABASE IF EXISTS " + databaseName + " WITH (FORCE)");
            } catch (IllegalStateException e) {
                // The tests have passed or failed by now; a database left behind must not change that verdict.
                System.err.println("Test database " + databaseName + " was not dropped: " + e.getCause().getMessage());
            }
        }
    }

    private void execute(String sql) {
        try (Connection connection = server.connect("postgres"); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + server.host() + ":" + server.port() + " refused: " + sql, e);
        }
    }
}
