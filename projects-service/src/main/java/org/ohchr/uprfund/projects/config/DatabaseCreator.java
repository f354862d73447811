package org.ohchr.uprfund.projects.config;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Creates the service's own PostgreSQL database when it does not exist yet, before Flyway and Hibernate open it.
 * It connects to the server's {@code postgres} maintenance database with the service's own credentials.
 */
public final class DatabaseCreator {

    private DatabaseCreator() {
    }

    public static void ensureDatabaseExists() {
        Config config = ConfigProvider.getConfig();
        String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        String user = config.getOptionalValue("quarkus.datasource.username", String.class).orElse(null);
        String password = config.getOptionalValue("quarkus.datasource.password", String.class).orElse("");
        URI location = URI.create(url.substring("jdbc:".length()));
        String database = location.getPath().substring(1);
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalStateException("Database name '" + database + "' must be lower-case letters, digits and underscores");
        }
        int port = location.getPort() < 0 ? 5432 : location.getPort();
        String maintenanceUrl = "jdbc:postgresql://" + location.getHost() + ":" + port + "/postgres";
        try (Connection connection = DriverManager.getConnection(maintenanceUrl, user, password)) {
            if (!exists(connection, database)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CREATE DATABASE " + database);
                }
            }
        } catch (SQLException e) {
            if (!"42P04".equals(e.getSQLState())) { // created meanwhile by another instance
                throw new IllegalStateException("PostgreSQL at " + location.getHost() + ":" + port
                        + " is not reachable or refused to create database '" + database + "': " + e.getMessage(), e);
            }
        }
    }

    private static boolean exists(Connection connection, String database) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, database);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }
}
