package org.ohchr.uprfund.platform.inbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.hibernate.Session;

/**
 * The applied-event claim and the aggregates' sequences ({@code db/inbox}, which a consuming service adds to its Flyway
 * locations), in the transaction that applies the events:
 * <ul>
 * <li>each event is claimed by its source and id; one claimed before is a redelivery ({@link Claim#DUPLICATE}). The
 * insert takes each row's lock, so a second delivery of the same event (even on another instance) waits for the first
 * transaction and then finds the row;</li>
 * <li>a claimed event that carries an {@code aggregatesequence} must be the next of its aggregate (its subject): the last
 * applied plus one ({@link Claim#IN_ORDER}). One at or below the last is an earlier event handled late, a parked one
 * replayed ({@link Claim#EARLIER}): it applies, but is not the newest. One further on is a gap:
 * {@link SequenceGapException}, and nothing of the transaction stays;</li>
 * <li>an event without the attribute (published before events carried it) is {@link Claim#UNSEQUENCED}: it is ordered by
 * its offset in the partition alone. The first sequenced event of an aggregate that has only seen unsequenced ones
 * starts its count wherever the producer started it.</li>
 * </ul>
 */
@ApplicationScoped
public class InboxClaims {

    /** What an event is to the consumer, once claimed. */
    public enum Claim {
        /** Applied before: a redelivery, ignored. */
        DUPLICATE,
        /** The next event of its aggregate. */
        IN_ORDER,
        /** An event of its aggregate at or before the last one applied, handled late (a parked event replayed). */
        EARLIER,
        /** Without a sequence: ordered by its offset in the partition. */
        UNSEQUENCED;

        /** True when the event is to be applied (it was not applied before). */
        public boolean applies() {
            return this != DUPLICATE;
        }
    }

    private final EntityManager entityManager;

    InboxClaims(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Claims the events, in order, in the current transaction.
     *
     * @return each event's claim, in the events' order (an event given twice is claimed once)
     * @throws SequenceGapException when a claimed event is not the next of its aggregate; the transaction must roll back
     */
    @Transactional(TxType.MANDATORY)
    public List<Claim> claimAll(List<CloudEventEnvelope> events, String topic, Instant appliedAt) {
        if (events.isEmpty()) {
            return List.of();
        }
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            Set<Key> claimed = insert(connection, events, topic, appliedAt);
            Map<Key, Long> lastSequences = lastSequences(connection, events, claimed);
            Map<Key, Long> changed = new LinkedHashMap<>();
            List<Claim> claims = new ArrayList<>(events.size());
            for (CloudEventEnvelope event : events) {
                if (!claimed.remove(new Key(event.source(), event.id().toString()))) {
                    claims.add(Claim.DUPLICATE);
                    continue;
                }
                claims.add(admit(event, lastSequences, changed));
            }
            save(connection, changed, appliedAt);
            return claims;
        });
    }

    /**
     * Records that an event was parked, in the parking's transaction: one that was the next of its aggregate counts as
     * handled, so that the aggregate's later events do not wait for it (they are applied, or parked in turn if they
     * cannot be without it). A gap's event, or one without a sequence, changes nothing.
     */
    @Transactional(TxType.MANDATORY)
    public void parked(CloudEventEnvelope event, Instant at) {
        if (event.sequence() == null || event.subject() == null) {
            return;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            Key key = new Key(event.source(), event.subject());
            Map<Key, Long> lastSequences = lastSequences(connection, List.of(event), Set.of(new Key(event.source(), event.id().toString())));
            Map<Key, Long> changed = new HashMap<>();
            Long last = lastSequences.get(key);
            boolean known = lastSequences.containsKey(key);
            if ((known && last == null) || (last == null ? event.sequence() == 1 : event.sequence() == last + 1)) {
                changed.put(key, event.sequence());
            }
            save(connection, changed, at);
        });
    }

    private static Claim admit(CloudEventEnvelope event, Map<Key, Long> lastSequences, Map<Key, Long> changed) {
        if (event.subject() == null) {
            return Claim.UNSEQUENCED;
        }
        Key key = new Key(event.source(), event.subject());
        boolean known = lastSequences.containsKey(key);
        Long last = lastSequences.get(key);
        if (event.sequence() == null) {
            if (!known) {
                // Remembered, so that this aggregate's first sequenced event is not taken for a gap.
                lastSequences.put(key, null);
                changed.put(key, null);
            }
            return Claim.UNSEQUENCED;
        }
        long sequence = event.sequence();
        if (known && last == null || (last == null ? sequence == 1 : sequence == last + 1)) {
            lastSequences.put(key, sequence);
            changed.put(key, sequence);
            return Claim.IN_ORDER;
        }
        if (last != null && sequence <= last) {
            return Claim.EARLIER;
        }
        throw new SequenceGapException(event.source(), event.subject(), last == null ? 1 : last + 1, sequence);
    }

    private static Set<Key> insert(Connection connection, List<CloudEventEnvelope> events, String topic, Instant appliedAt)
            throws SQLException {
        StringBuilder sql = new StringBuilder("INSERT INTO inbox_event (source, event_id, type, topic, subject, sequence, applied_at) VALUES ");
        for (int i = 0; i < events.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?)");
        }
        sql.append(" ON CONFLICT (source, event_id) DO NOTHING RETURNING source, event_id");
        try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
            int parameter = 1;
            Timestamp at = Timestamp.from(appliedAt);
            for (CloudEventEnvelope event : events) {
                insert.setString(parameter++, event.source());
                insert.setObject(parameter++, event.id());
                insert.setString(parameter++, event.type());
                insert.setString(parameter++, topic);
                insert.setString(parameter++, event.subject());
                insert.setObject(parameter++, event.sequence(), java.sql.Types.BIGINT);
                insert.setTimestamp(parameter++, at);
            }
            Set<Key> claimed = new HashSet<>();
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    claimed.add(new Key(rows.getString(1), rows.getObject(2, UUID.class).toString()));
                }
            }
            return claimed;
        }
    }

    /** The aggregates' rows, locked: present with a null value for an aggregate that has seen only unsequenced events. */
    private static Map<Key, Long> lastSequences(Connection connection, List<CloudEventEnvelope> events, Set<Key> claimed)
            throws SQLException {
        Map<String, List<String>> subjectsBySource = new LinkedHashMap<>();
        for (CloudEventEnvelope event : events) {
            if (event.subject() != null && claimed.contains(new Key(event.source(), event.id().toString()))) {
                subjectsBySource.computeIfAbsent(event.source(), source -> new ArrayList<>()).add(event.subject());
            }
        }
        Map<Key, Long> lastSequences = new HashMap<>();
        for (Map.Entry<String, List<String>> source : subjectsBySource.entrySet()) {
            try (PreparedStatement select = connection.prepareStatement("SELECT subject, last_sequence FROM inbox_aggregate"
                    + " WHERE source = ? AND subject = ANY (?) ORDER BY subject FOR UPDATE")) {
                select.setString(1, source.getKey());
                select.setArray(2, connection.createArrayOf("varchar", source.getValue().stream().distinct().sorted().toArray()));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        long last = rows.getLong(2);
                        lastSequences.put(new Key(source.getKey(), rows.getString(1)), rows.wasNull() ? null : last);
                    }
                }
            }
        }
        return lastSequences;
    }

    private static void save(Connection connection, Map<Key, Long> changed, Instant at) throws SQLException {
        if (changed.isEmpty()) {
            return;
        }
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO inbox_aggregate (source, subject, last_sequence, updated_at)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT (source, subject) DO UPDATE SET last_sequence = EXCLUDED.last_sequence,"
                + " updated_at = EXCLUDED.updated_at")) {
            Timestamp timestamp = Timestamp.from(at);
            for (Map.Entry<Key, Long> row : changed.entrySet()) {
                upsert.setString(1, row.getKey().source());
                upsert.setString(2, row.getKey().name());
                upsert.setObject(3, row.getValue(), java.sql.Types.BIGINT);
                upsert.setTimestamp(4, timestamp);
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    /** A source and a name within it: an event's id, or an aggregate's subject. */
    private record Key(String source, String name) {
    }
}
