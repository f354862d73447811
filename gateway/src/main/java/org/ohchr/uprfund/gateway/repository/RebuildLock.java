package org.ohchr.uprfund.gateway.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.jboss.logging.Logger;

/**
 * The lock a rebuild holds for as long as it runs, whichever gateway instance runs it: a PostgreSQL session-level
 * advisory lock, taken on a connection of the rebuild's own and held until the rebuild has recorded its end. PostgreSQL
 * releases it when that session ends, however it ends: a gateway instance killed mid-rebuild loses its connections,
 * and with them the lock. So a rebuild recorded as running while nobody holds the lock has lost its owner, and whoever
 * holds the lock knows that no rebuild is running anywhere. Its connection takes part in no transaction of the caller's
 * (the lock outlives them).
 */
@ApplicationScoped
public class RebuildLock {

    private static final Logger LOG = Logger.getLogger(RebuildLock.class);
    /** The advisory lock's key (PostgreSQL's one-key form); the read model's other advisory locks use other keys. */
    public static final long KEY = 4242002;

    private final DataSource dataSource;

    RebuildLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The lock, held until closed; empty when another session holds it (a rebuild is running, or starting). */
    @Transactional(TxType.NOT_SUPPORTED)
    public Optional<Held> tryTake() {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            try (PreparedStatement take = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
                take.setLong(1, KEY);
                try (ResultSet taken = take.executeQuery()) {
                    if (taken.next() && taken.getBoolean(1)) {
                        return Optional.of(new Held(this, connection));
                    }
                }
            }
            connection.close();
            return Optional.empty();
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new IllegalStateException("The rebuild lock could not be read", e);
        }
    }

    /** Releases the lock and gives its connection back; a connection that cannot say it released it is dropped. */
    @Transactional(TxType.NOT_SUPPORTED)
    void release(Connection connection) {
        try (PreparedStatement release = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            release.setLong(1, KEY);
            release.execute();
            connection.close();
        } catch (SQLException | RuntimeException e) {
            // The connection goes back to the pool only without the lock: a broken one is dropped, session and lock with it.
            LOG.warnf("The rebuild lock was not released on its connection, which is dropped instead: %s", e.toString());
            try {
                connection.abort(Runnable::run);
            } catch (SQLException | RuntimeException aborted) {
                closeQuietly(connection);
            }
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debugf("Closing the rebuild lock's connection: %s", e.toString());
            }
        }
    }

    /** The lock held on its connection; closing it releases both. */
    public static final class Held implements AutoCloseable {

        private final RebuildLock lock;
        private final Connection connection;

        Held(RebuildLock lock, Connection connection) {
            this.lock = lock;
            this.connection = connection;
        }

        @Override
        public void close() {
            lock.release(connection);
        }
    }
}
