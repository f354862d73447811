package org.ohchr.uprfund.platform.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.Configuration;
import org.jboss.logging.Logger;

/**
 * Before the migrations, makes sure the application role exists (creating it, as a login role without any other
 * attribute, when the owner may create roles); after them, grants it the use of each schema migrated (the default one,
 * {@code public}, or those the migration names, such as a schema the gateway's rebuild makes) and of every table and
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
                for (String schema : schemasOf(context.getConfiguration())) {
                    grantRowPrivileges(connection, schema, context.getConfiguration().getTable());
                }
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

    /** The schemas the migration named, or the default one. */
    private static List<String> schemasOf(Configuration configuration) {
        return configuration.getSchemas().length == 0 ? List.of("public") : List.of(configuration.getSchemas());
    }

    /** Rows of every table of the schema but the migrations' own history, which only the owner writes. */
    private void grantRowPrivileges(Connection connection, String schema, String historyTable) throws SQLException {
        String grantee = PostgresCatalog.quoted(role);
        String quotedSchema = PostgresCatalog.quoted(schema);
        try (Statement grant = connection.createStatement()) {
            grant.execute("GRANT USAGE ON SCHEMA " + quotedSchema + " TO " + grantee);
            grant.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + quotedSchema + " TO " + grantee);
            grant.execute("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA " + quotedSchema + " TO " + grantee);
            grant.execute("REVOKE ALL ON TABLE " + quotedSchema + "." + PostgresCatalog.quoted(historyTable) + " FROM " + grantee);
        }
    }

    private static String quotedLiteral(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
