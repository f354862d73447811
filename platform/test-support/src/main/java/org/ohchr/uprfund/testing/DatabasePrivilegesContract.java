package org.ohchr.uprfund.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

/**
 * What the fund's bookkeeping relies on in every service that keeps append-only entries: its requests run as a role
 * that is no superuser and owns nothing, so no request, however it was subverted, can disable, drop or truncate its way
 * past the triggers that refuse to change a recorded entry. A service's {@code @QuarkusTest} extends it and names its
 * append-only tables.
 */
public abstract class DatabasePrivilegesContract {

    /** SQLSTATE 42501 insufficient_privilege; 42P01 would mean the table is not there at all. */
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Inject
    DataSource dataSource;

    /** Tables whose entries are never updated or deleted, guarded by triggers. */
    protected abstract List<String> appendOnlyTables();

    @Test
    void requestsRunAsARoleWithoutAdministrativeRights() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet role = statement.executeQuery("""
                        SELECT current_user, rolsuper, rolcreaterole, rolcreatedb, rolbypassrls,
                               (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                                 WHERE n.nspname = 'public' AND c.relowner = r.oid) AS owned
                          FROM pg_roles r WHERE rolname = current_user""")) {
            assertTrue(role.next());
            assertNotEquals("postgres", role.getString("current_user"));
            assertFalse(role.getBoolean("rolsuper"), "superuser");
            assertFalse(role.getBoolean("rolcreaterole"), "may create roles");
            assertFalse(role.getBoolean("rolcreatedb"), "may create databases");
            assertFalse(role.getBoolean("rolbypassrls"), "bypasses row security");
            assertEquals(0, role.getLong("owned"), "tables, indexes and sequences it owns");
        }
    }

    @Test
    void appendOnlyTablesKeepTheirTriggersAgainstTheService() throws SQLException {
        assertFalse(appendOnlyTables().isEmpty());
        for (String table : appendOnlyTables()) {
            List<String> triggers = triggersOn(table);
            assertFalse(triggers.isEmpty(), "triggers on " + table);
            for (String statement : List.of(
                    "ALTER TABLE " + table + " DISABLE TRIGGER ALL",
                    "DROP TRIGGER " + triggers.get(0) + " ON " + table,
                    "TRUNCATE " + table,
                    "DROP TABLE " + table,
                    "SET session_replication_role = replica")) {
                SQLException refused = assertThrows(SQLException.class, () -> execute(statement), statement);
                assertEquals(INSUFFICIENT_PRIVILEGE, refused.getSQLState(), statement + ": " + refused.getMessage());
            }
            assertEquals(triggers, triggersOn(table), "triggers on " + table + " afterwards");
        }
    }

    @Test
    void theMigrationsHistoryIsTheOwnersAlone() {
        SQLException refused = assertThrows(SQLException.class, () -> execute("DELETE FROM flyway_schema_history"));
        assertEquals(INSUFFICIENT_PRIVILEGE, refused.getSQLState(), refused.getMessage());
    }

    private List<String> triggersOn(String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                var query = connection.prepareStatement("""
                        SELECT tgname FROM pg_trigger
                         WHERE tgrelid = to_regclass(?) AND NOT tgisinternal AND tgenabled <> 'D' ORDER BY tgname""")) {
            query.setString(1, "public." + table);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
        }
        return names;
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
