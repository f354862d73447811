package org.ohchr.uprfund.platform.database;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A PostgreSQL server and the account used on it. {@link #fromEnvironment()} reads the suite's variables,
 * {@code FUND_DB_HOST}, {@code FUND_DB_PORT}, {@code FUND_DB_USER} and {@code FUND_DB_PASSWORD}, with the local stack's
 * defaults: 127.0.0.1:5432, user postgres, no password.
 */
public record PostgresServer(String host, int port, String user, String password) {

    public static PostgresServer fromEnvironment() {
        return new PostgresServer(env("FUND_DB_HOST", "127.0.0.1"), Integer.parseInt(env("FUND_DB_PORT", "5432")),
                env("FUND_DB_USER", "postgres"), env("FUND_DB_PASSWORD", ""));
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), user, password);
    }

    /**
     * True when every address of the host is this machine's: only there may the local stack drop databases, or start a
     * server of its own where none answers. A name that does not resolve is not this machine.
     */
    public boolean isOnThisMachine() {
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
