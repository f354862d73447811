package org.ohchr.uprfund.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;

/**
 * The PostgreSQL server the tests create their databases on: the one {@code FUND_DB_HOST}, {@code FUND_DB_PORT},
 * {@code FUND_DB_USER} and {@code FUND_DB_PASSWORD} name (default 127.0.0.1:5432, user postgres, no password); or,
 * when nothing answers there and that host is this machine, this JVM's {@link EmbeddedPostgres}, which it says once.
 */
public record TestDatabaseServer(String host, int port, String user, String password) {

    private static final int CONNECT_TIMEOUT_MILLIS = 1000;

    private static TestDatabaseServer embedded;

    public static synchronized TestDatabaseServer resolve() {
        if (embedded != null) {
            return embedded;
        }
        String host = env("FUND_DB_HOST", "127.0.0.1");
        int port = Integer.parseInt(env("FUND_DB_PORT", "5432"));
        if (answers(host, port) || !isLoopback(host)) {
            return new TestDatabaseServer(host, port, env("FUND_DB_USER", "postgres"), env("FUND_DB_PASSWORD", ""));
        }
        EmbeddedPostgres postgres = EmbeddedPostgres.forThisJvm();
        System.out.println("No PostgreSQL answers at " + host + ":" + port + ": the tests use an embedded PostgreSQL "
                + postgres.majorVersion() + " on " + postgres.host() + ":" + postgres.port() + " (" + postgres.directory() + ")");
        embedded = new TestDatabaseServer(postgres.host(), postgres.port(), EmbeddedPostgres.USER, "");
        return embedded;
    }

    public String url(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    private static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MILLIS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
