package org.ohchr.uprfund.platform.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Connections as the database's owner, for the maintenance only an owner may do, such as VACUUM after a bulk load;
 * never for a request's work, which runs as the application role ({@link DatabaseRolesConfig}).
 */
@Singleton
public class OwnerConnections {

    private final DatabaseRolesConfig roles;
    private final String jdbcUrl;

    OwnerConnections(DatabaseRolesConfig roles, @ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl) {
        this.roles = roles;
        this.jdbcUrl = jdbcUrl;
    }

    /** A new connection, in auto-commit mode; the caller closes it. */
    public Connection open() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, roles.ownerUser(), roles.ownerPassword().orElse(null));
    }
}
