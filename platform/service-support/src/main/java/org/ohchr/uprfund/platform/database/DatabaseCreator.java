package org.ohchr.uprfund.platform.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * Creates the service's database on its PostgreSQL server when it does not exist yet, by connecting to the
 * {@code postgres} maintenance database with plain JDBC. Runs before Quarkus starts, so it reads the datasource
 * settings straight from the configuration.
 */
public final class DatabaseCreator {

    private static final Logger LOG = Logger.getLogger(DatabaseCreator.class);

    /** jdbc:postgresql://host[:port]/database[?parameters] */
    private static final Pattern POSTGRES_URL = Pattern.compile("^jdbc:postgresql://([^/?]+)/([^/?]+)(\\?.*)?$");

    /** SQLSTATE 42P04: another process created the database between our check and our CREATE. */
    private static final String DUPLICATE_DATABASE = "42P04";

    private final String serverAddress;
    private final String databaseName;
    private final String maintenanceUrl;
    private final String user;
    private final String password;

    DatabaseCreator(String jdbcUrl, String user, String password) {
        Matcher url = POSTGRES_URL.matcher(jdbcUrl);
        if (!url.matches()) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL with a database name: " + jdbcUrl);
        }
        this.serverAddress = url.group(1);
        this.databaseName = url.group(2);
        this.maintenanceUrl = "jdbc:postgresql://" + serverAddress + "/postgres" + (url.group(3) == null ? "" : url.group(3));
        this.user = user;
        this.password = password;
    }

    /** Reads {@code quarkus.datasource.jdbc.url} and the owner's credentials ({@link DatabaseRolesConfig}). */
    public static DatabaseCreator fromConfig(Config config) {
        return new DatabaseCreator(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getOptionalValue("fund.database.owner-user", String.class).orElse(null),
                config.getOptionalValue("fund.database.owner-password", String.class).orElse(null));
    }

    public String databaseName() {
        return databaseName;
    }

    /**
     * @throws DatabaseUnavailableException when the server cannot be reached or refuses to create the database
     */
    public void ensureDatabaseExists() {
        try (Connection connection = DriverManager.getConnection(maintenanceUrl, user, password)) {
            if (PostgresCatalog.databaseExists(connection, databaseName)) {
                return;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + PostgresCatalog.quoted(databaseName));
                LOG.infof("Created database %s on %s", databaseName, serverAddress);
            } catch (SQLException e) {
                if (!DUPLICATE_DATABASE.equals(e.getSQLState())) {
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("PostgreSQL at " + serverAddress + " could not provide database '"
                    + databaseName + "' (" + firstLine(e.getMessage()) + "); check FUND_DB_HOST, FUND_DB_PORT, FUND_DB_USER and FUND_DB_PASSWORD");
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    /** The database could not be reached or created; the message is meant to be shown as it is. */
    public static final class DatabaseUnavailableException extends RuntimeException {
        DatabaseUnavailableException(String message) {
            super(message);
        }
    }
}
