package org.ohchr.uprfund.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

import org.ohchr.uprfund.platform.database.PostgresServer;

/**
 * The PostgreSQL server the tests create their databases on: the one the environment names
 * ({@link PostgresServer#fromEnvironment()}); or, when nothing answers there and that host is this machine, this JVM's
 * {@link EmbeddedPostgres}, which it says once.
 */
public final class TestDatabaseServer {

    private static final int CONNECT_TIMEOUT_MILLIS = 1000;

    private static PostgresServer embedded;

    private TestDatabaseServer() {
    }

    public static synchronized PostgresServer resolve() {
        if (embedded != null) {
            return embedded;
        }
        PostgresServer configured = PostgresServer.fromEnvironment();
        if (answers(configured) || !configured.isOnThisMachine()) {
            return configured;
        }
        EmbeddedPostgres postgres = EmbeddedPostgres.forThisJvm();
        System.out.println("No PostgreSQL answers at " + configured.host() + ":" + configured.port() + ": the tests use an embedded"
                + " PostgreSQL " + postgres.majorVersion() + " on " + postgres.host() + ":" + postgres.port() + " (" + postgres.directory() + ")");
        embedded = new PostgresServer(postgres.host(), postgres.port(), EmbeddedPostgres.USER, "");
        return embedded;
    }

    private static boolean answers(PostgresServer server) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(server.host(), server.port()), CONNECT_TIMEOUT_MILLIS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
