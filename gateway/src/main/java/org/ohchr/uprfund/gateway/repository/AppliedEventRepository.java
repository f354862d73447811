package org.ohchr.uprfund.gateway.repository;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.gateway.domain.AppliedEvent;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class AppliedEventRepository implements PanacheRepositoryBase<AppliedEvent, AppliedEvent.Key> {

    /**
     * Records an event as applied unless it already is. The insert takes the row's lock, so a second delivery of the
     * same event (even on another gateway instance) waits for the first transaction and then finds the row.
     *
     * @return true when the event is new and must be applied, false when it was applied before
     */
    public boolean claim(String source, UUID eventId, String type, String topic, Instant appliedAt) {
        int inserted = getEntityManager().createNativeQuery("""
                INSERT INTO applied_event (source, event_id, type, topic, applied_at)
                VALUES (:source, :eventId, :type, :topic, :appliedAt)
                ON CONFLICT (source, event_id) DO NOTHING""")
                .setParameter("source", source)
                .setParameter("eventId", eventId)
                .setParameter("type", type)
                .setParameter("topic", topic)
                .setParameter("appliedAt", appliedAt)
                .executeUpdate();
        return inserted == 1;
    }

    public boolean isApplied(String source, UUID eventId) {
        return findByIdOptional(new AppliedEvent.Key(source, eventId)).isPresent();
    }
}
