package org.ohchr.uprfund.platform.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.jboss.logging.Logger;

/**
 * Before the migrations, makes sure the application role exists (creating it, as a login role without any other
 * attribute, when the owner may create roles); after them, grants it the use of the schema and of every table and
 * sequence in it: reading and writing rows, no TRUNCATE, no REFERENCES, no TRIGGER and, since it owns nothing, no DDL.
 * Run as the owner, on every start, so tables added by a new migration are granted too.
 */
final class ApplicationRoleGrants implements Callback {

    private static final Logger LOG = Logger.getLogger(ApplicationRoleGrants.class);

    private final String role;
    private final String password;

    ApplicationRoleGrants(String role, String password) {
        this.role = role;
        this.password = password;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_MIGRATE || event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        Connection connection = context.getConnection();
        try {
            if (event == Event.BEFORE_MIGRATE) {
                ensureRoleExists(connection);
            } else {
                grantRowPrivileges(connection, context.getConfiguration().getTable());
            }
        } catch (SQLException e) {
            throw new FlywayException("The application role " + role + " could not be " + (event == Event.BEFORE_MIGRATE
                    ? "created (create it as a login role, or let the owner create roles)" : "granted its privileges")
                    + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String getCallbackName() {
        return "application role grants";
    }

    private void ensureRoleExists(Connection connection) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            exists.setString(1, role);
            try (ResultSet row = exists.executeQuery()) {
                if (row.next()) {
                    return;
                }
            }
        }
        try (Statement create = connection.createStatement()) {
            create.execute("CREATE ROLE " + PostgresCatalog.quoted(role) + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE"
                    + (password == null ? "" : " PASSWORD " + quotedLiteral(password)));
            LOG.infof("Created the application role %s", role);
        } catch (SQLException e) {
            // Another instance may have created it meanwhile: 42710 duplicate_object, or 23505 on the catalog's index.
            if (!"42710".equals(e.getSQLState()) && !"23505".equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    /** Rows of every table but the migrations' own history, which only the owner writes. */
    private void grantRowPrivileges(Connection connection, String historyTable) throws SQLException {
        String grantee = PostgresCatalog.quoted(role);
        try (Statement grant = connection.createStatement()) {
            grant.execute("GRANT USAGE ON SCHEMA public TO " + grantee);
            grant.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + grantee);
            grant.execute("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO " + grantee);
            grant.execute("REVOKE ALL ON TABLE public." + PostgresCatalog.quoted(historyTable) + " FROM " + grantee);
        }
    }

    private static String quotedLiteral(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
