package org.ohchr.uprfund.platform.outbox;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.Session;
import org.ohchr.uprfund.platform.database.CopyRows;
import org.postgresql.PGConnection;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class OutboxEventRepository implements PanacheRepositoryBase<OutboxEvent, Long> {

    /** Arbitrary constant naming the relay lock in {@code pg_try_advisory_xact_lock}; each service has its own database. */
    private static final long RELAY_LOCK = 0x0F_0B_0C_01L;

    /** Takes the relay lock for the current transaction; false when the relay of another instance holds it. */
    public boolean tryLockRelay() {
        return (Boolean) getEntityManager()
                .createNativeQuery("SELECT pg_try_advisory_xact_lock(:lock)")
                .setParameter("lock", RELAY_LOCK)
                .getSingleResult();
    }

    /**
     * Writes new events in the given order by one COPY on the connection of the current transaction (positions follow
     * that order), each encoded as the database takes the previous ones; returns how many it wrote.
     */
    long copyAll(Iterator<OutboxEvent> events) {
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            String sql = "COPY outbox_event (event_id, aggregate_type, aggregate_id, aggregate_sequence, event_type, occurred_at, payload, "
                    + "traceparent, tracestate) FROM STDIN";
            try (CopyRows rows = new CopyRows(connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql))) {
                while (events.hasNext()) {
                    OutboxEvent event = events.next();
                    rows.value(event.eventId).value(event.aggregateType).value(event.aggregateId).value(event.aggregateSequence)
                            .value(event.eventType)
                            .value(event.occurredAt).value(event.payload).value(event.traceparent).value(event.tracestate)
                            .endRow();
                }
                return rows.end();
            }
        });
    }

    public List<OutboxEvent> oldestUnsent(int limit) {
        return find("sentAt IS NULL", Sort.ascending("position")).page(0, limit).list();
    }

    public long countUnsent() {
        return count("sentAt IS NULL");
    }

    /** When the oldest event still waiting was written. */
    public Optional<Instant> oldestUnsentAt() {
        return find("sentAt IS NULL", Sort.ascending("position")).firstResultOptional().map(event -> event.occurredAt);
    }

    /** Marks events sent, by position. */
    public void markSent(List<Long> positions, Instant sentAt) {
        update("sentAt = ?1 where position in ?2", sentAt, positions);
    }

    /** Removes the events sent before {@code cutoff}; the topic keeps them. */
    public long deleteSentBefore(Instant cutoff) {
        return delete("sentAt < ?1", cutoff);
    }
}
