package org.ohchr.uprfund.platform.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

/**
 * The local stack's own databases, for {@code deploy/run-local}: {@code prepare} creates the missing ones and marks them
 * as made by the local stack; {@code reset} drops only databases bearing that mark, and only on this machine. A
 * database someone else made (by hand, or a service at its start), or one on another host, is never dropped. Reads the
 * server from the environment ({@link PostgresServer#fromEnvironment()}); says what it does, one line per database.
 * <pre>java -cp '&lt;a service's quarkus-app/lib/main/*&gt;' org.ohchr.uprfund.platform.database.LocalDatabases prepare|reset NAME...</pre>
 */
public final class LocalDatabases {

    /** The comment that marks a database the local stack made. */
    static final String MARK = "upr-fund local stack: made by deploy/run-local, dropped by it when the stack starts afresh";

    private final PostgresServer server;

    LocalDatabases(PostgresServer server) {
        this.server = server;
    }

    public static void main(String... args) {
        if (args.length < 2 || !List.of("prepare", "reset").contains(args[0])) {
            System.err.println("usage: LocalDatabases prepare|reset NAME...");
            System.exit(2);
        }
        LocalDatabases databases = new LocalDatabases(PostgresServer.fromEnvironment());
        List<String> names = Arrays.asList(args).subList(1, args.length);
        try {
            if (args[0].equals("prepare")) {
                databases.prepare(names);
            } else {
                databases.reset(names);
            }
        } catch (SQLException | IllegalStateException e) {
            System.err.println("local databases: " + e.getMessage());
            System.exit(1);
        }
    }

    void prepare(List<String> names) throws SQLException {
        try (Connection connection = connect()) {
            for (String name : names) {
                if (PostgresCatalog.databaseExists(connection, name)) {
                    System.out.println("database " + name + ": present, kept");
                    continue;
                }
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CREATE DATABASE " + PostgresCatalog.quoted(name));
                    statement.execute("COMMENT ON DATABASE " + PostgresCatalog.quoted(name) + " IS '" + MARK + "'");
                }
                System.out.println("database " + name + ": created and marked as the local stack's");
            }
        }
    }

    void reset(List<String> names) throws SQLException {
        boolean onThisMachine = server.isOnThisMachine();
        try (Connection connection = connect()) {
            for (String name : names) {
                if (!PostgresCatalog.databaseExists(connection, name)) {
                    System.out.println("database " + name + ": absent, nothing to drop");
                } else if (!onThisMachine) {
                    System.out.println("database " + name + ": left alone, it is on " + server.host() + " and the local stack drops only on"
                            + " this machine; drop it there yourself for a fresh start");
                } else if (!MARK.equals(comment(connection, name))) {
                    System.out.println("database " + name + ": left alone, the local stack did not make it");
                } else {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("DROP DATABASE " + PostgresCatalog.quoted(name) + " WITH (FORCE)");
                    }
                    System.out.println("database " + name + ": dropped (made by the local stack)");
                }
            }
        }
    }

    private Connection connect() throws SQLException {
        return server.connect("postgres");
    }

    private static String comment(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = ?")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }
}
