package org.ohchr.uprfund.gateway.repository;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.gateway.AppliedEvent;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class AppliedEventRepository implements PanacheRepositoryBase<AppliedEvent, UUID> {

    /**
     * Records an event as applied unless it already is. The insert takes the row's lock, so a second delivery of the
     * same event (even on another gateway instance) waits for the first transaction and then finds the row.
     *
     * @return true when the event is new and must be applied, false when it was applied before
     */
    public boolean claim(UUID eventId, String source, String type, String topic, Instant appliedAt) {
        int inserted = getEntityManager().createNativeQuery("""
                INSERT INTO applied_event (event_id, source, type, topic, applied_at)
                VALUES (:eventId, :source, :type, :topic, :appliedAt)
                ON CONFLICT (event_id) DO NOTHING""")
                .setParameter("eventId", eventId)
                .setParameter("source", source)
                .setParameter("type", type)
                .setParameter("topic", topic)
                .setParameter("appliedAt", appliedAt)
                .executeUpdate();
        return inserted == 1;
    }
}
