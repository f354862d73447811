package org.ohchr.uprfund.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.testcontainers.postgresql.PostgreSQLContainer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A fresh PostgreSQL database for one test run, dropped afterwards.
 * <p>
 * It is created on the server named by {@code FUND_DB_HOST}, {@code FUND_DB_PORT}, {@code FUND_DB_USER} and
 * {@code FUND_DB_PASSWORD} (default: 127.0.0.1:5432, user postgres, no password), or in a PostgreSQL container
 * when {@code FUND_TEST_CONTAINERS=true} and Docker is available.
 */
public class PostgresDatabaseResource implements QuarkusTestResourceLifecycleManager {

    private String databaseName;
    private String serverUrl;
    private String user;
    private String password;
    private PostgreSQLContainer container;

    @Override
    public Map<String, String> start() {
        if (DockerAvailability.containersRequested()) {
            container = new PostgreSQLContainer("postgres:16-alpine");
            container.start();
            return Map.of(
                    "quarkus.datasource.jdbc.url", container.getJdbcUrl(),
                    "quarkus.datasource.username", container.getUsername(),
                    "quarkus.datasource.password", container.getPassword());
        }
        String host = env("FUND_DB_HOST", "127.0.0.1");
        String port = env("FUND_DB_PORT", "5432");
        user = env("FUND_DB_USER", "postgres");
        password = env("FUND_DB_PASSWORD", "");
        serverUrl = "jdbc:postgresql://" + host + ":" + port + "/";
        databaseName = "fund_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        execute("CREATE DATABASE " + databaseName);
        return Map.of(
                "quarkus.datasource.jdbc.url", serverUrl + databaseName,
                "quarkus.datasource.username", user,
                "quarkus.datasource.password", password);
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
        try (Connection connection = DriverManager.getConnection(serverUrl + "postgres", user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + serverUrl + " refused: " + sql, e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
