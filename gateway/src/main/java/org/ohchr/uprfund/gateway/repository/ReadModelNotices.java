package org.ohchr.uprfund.gateway.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Notices between the gateway's instances that share one read model, over PostgreSQL's {@code NOTIFY}: a notice sent
 * reaches every connection listening on the channel, the sender's own included.
 */
@ApplicationScoped
public class ReadModelNotices {

    static final String CHANNEL = "fund_read_model_changed";

    private final DataSource dataSource;

    ReadModelNotices(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Sends a notice to every instance listening, at once (not inside a transaction: what it tells is committed). */
    public void send(String payload) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
            connection.setAutoCommit(true);
            notify.setString(1, CHANNEL);
            notify.setString(2, payload);
            notify.execute();
        }
    }

    /** A connection of the pool kept listening on the channel; close it to stop listening. */
    public Listener listen() throws SQLException {
        Connection connection = dataSource.getConnection();
        try (Statement listen = connection.createStatement()) {
            connection.setAutoCommit(true);
            listen.execute("LISTEN " + CHANNEL);
            return new Listener(connection, connection.unwrap(PGConnection.class));
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** One listening connection. */
    public static final class Listener implements AutoCloseable {

        private final Connection connection;
        private final PGConnection postgres;

        Listener(Connection connection, PGConnection postgres) {
            this.connection = connection;
            this.postgres = postgres;
        }

        /** The payloads of the notices that arrived, waiting up to {@code wait} for the first. */
        public List<String> await(Duration wait) throws SQLException {
            PGNotification[] notices = postgres.getNotifications(Math.toIntExact(Math.max(1, wait.toMillis())));
            List<String> payloads = new ArrayList<>();
            if (notices != null) {
                for (PGNotification notice : notices) {
                    payloads.add(notice.getParameter());
                }
            }
            return payloads;
        }

        @Override
        public void close() throws SQLException {
            try (Statement unlisten = connection.createStatement()) {
                unlisten.execute("UNLISTEN *");
            } finally {
                connection.close();
            }
        }
    }
}
