package org.ohchr.uprfund.platform.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** What the platform asks a PostgreSQL server about its databases, and how it names one in SQL. */
final class PostgresCatalog {

    private PostgresCatalog() {
    }

    static boolean databaseExists(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** The name as a quoted SQL identifier, for statements that take no parameters, such as CREATE DATABASE. */
    static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
