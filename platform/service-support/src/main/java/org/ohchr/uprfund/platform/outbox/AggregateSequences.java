package org.ohchr.uprfund.platform.outbox;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

/**
 * Numbers each aggregate's events 1, 2, 3... with no gaps, in the transaction that records them: the last number of
 * each aggregate is kept in {@code outbox_aggregate_sequence} and raised by one upsert, which locks the aggregate's row
 * until the transaction ends. Concurrent writers of one aggregate therefore take their numbers in turn, in the order
 * they commit, and a transaction that rolls back gives its numbers back. Several aggregates are locked in the order of
 * their ids, so that two batches sharing aggregates cannot deadlock on them.
 */
@ApplicationScoped
class AggregateSequences {

    private static final String RESERVE = "INSERT INTO outbox_aggregate_sequence AS s (aggregate_id, last_sequence) "
            + "SELECT aggregate_id, events FROM unnest(?, ?) AS batch(aggregate_id, events) ORDER BY aggregate_id "
            + "ON CONFLICT (aggregate_id) DO UPDATE SET last_sequence = s.last_sequence + EXCLUDED.last_sequence "
            + "RETURNING aggregate_id, last_sequence";

    private final EntityManager entityManager;

    AggregateSequences(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Reserves the next {@code count} numbers of each aggregate, in the current transaction.
     *
     * @param counts how many events of each aggregate are being recorded
     * @return the first reserved number of each aggregate (its others follow it)
     */
    Map<UUID, Long> reserve(Map<UUID, Integer> counts) {
        UUID[] ids = counts.keySet().toArray(UUID[]::new);
        Long[] events = new Long[ids.length];
        for (int i = 0; i < ids.length; i++) {
            events[i] = counts.get(ids[i]).longValue();
        }
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            Map<UUID, Long> first = new HashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(RESERVE)) {
                Array idArray = connection.createArrayOf("uuid", ids);
                Array countArray = connection.createArrayOf("bigint", events);
                statement.setArray(1, idArray);
                statement.setArray(2, countArray);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        UUID aggregate = rows.getObject(1, UUID.class);
                        first.put(aggregate, rows.getLong(2) - counts.get(aggregate) + 1);
                    }
                }
            }
            return first;
        });
    }
}
