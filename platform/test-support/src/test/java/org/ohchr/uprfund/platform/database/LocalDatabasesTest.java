package org.ohchr.uprfund.platform.database;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ohchr.uprfund.testing.TestDatabaseServer;

/**
 * deploy/run-local's databases on a real PostgreSQL: it makes and marks the missing ones, and when it starts afresh it
 * drops only those it marked; a database it did not make is left alone, and each line says what happened.
 */
class LocalDatabasesTest {

    private final PostgresServer server = TestDatabaseServer.resolve();
    private final String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private final String made = "local_made_" + suffix;
    private final String someoneElses = "local_theirs_" + suffix;
    private final LocalDatabases databases = new LocalDatabases(server);

    @AfterEach
    void dropWhatIsLeft() throws SQLException {
        execute("DROP DATABASE IF EXISTS " + made + " WITH (FORCE)");
        execute("DROP DATABASE IF EXISTS " + someoneElses + " WITH (FORCE)");
    }

    @Test
    void resetDropsOnlyTheDatabasesPrepareMade() throws SQLException {
        execute("CREATE DATABASE " + someoneElses);

        String prepared = printed(() -> databases.prepare(List.of(made, someoneElses)));
        assertLine(prepared, "database " + made + ": created and marked as the local stack's");
        assertLine(prepared, "database " + someoneElses + ": present, kept");
        assertTrue(exists(made));

        String reset = printed(() -> databases.reset(List.of(made, someoneElses)));
        assertLine(reset, "database " + made + ": dropped (made by the local stack)");
        assertLine(reset, "database " + someoneElses + ": left alone, the local stack did not make it");
        assertFalse(exists(made));
        assertTrue(exists(someoneElses));

        assertLine(printed(() -> databases.reset(List.of(made))), "database " + made + ": absent, nothing to drop");
    }

    @Test
    void onlyAnAddressOfThisMachineCountsAsWhereDatabasesMayBeDropped() {
        assertTrue(onHost("127.0.0.1").isOnThisMachine());
        assertTrue(onHost("localhost").isOnThisMachine());
        assertTrue(onHost("::1").isOnThisMachine());
        assertFalse(onHost("192.0.2.10").isOnThisMachine());
        assertFalse(onHost("no-such-host.invalid").isOnThisMachine());
    }

    private static PostgresServer onHost(String host) {
        return new PostgresServer(host, 5432, "postgres", "");
    }

    private static void assertLine(String output, String line) {
        assertTrue(output.lines().anyMatch(line::equals), () -> "expected the line \"" + line + "\" in:\n" + output);
    }

    private interface DatabaseStep {
        void run() throws SQLException;
    }

    private static String printed(DatabaseStep step) throws SQLException {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            step.run();
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    private boolean exists(String name) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
            return rows.next();
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private Connection connect() throws SQLException {
        return server.connect("postgres");
    }
}
