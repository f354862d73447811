package org.ohchr.uprfund.gateway.repository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.query.NativeQuery;
import org.ohchr.uprfund.gateway.domain.SourceFreshness;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class SourceFreshnessRepository implements PanacheRepositoryBase<SourceFreshness, String> {

    public List<SourceFreshness> listByTopic() {
        return listAll(Sort.by("topic"));
    }

    /** Counts an applied event on its topic and makes it the topic's last event (one atomic upsert). */
    public void recordApplied(String topic, UUID eventId, String eventType, Instant eventTime, Instant appliedAt) {
        getEntityManager().createNativeQuery("""
                INSERT INTO source_freshness AS f
                    (topic, events_applied, duplicates_ignored, last_event_id, last_event_type, last_event_time, last_applied_at)
                VALUES (:topic, 1, 0, :eventId, :eventType, :eventTime, :appliedAt)
                ON CONFLICT (topic) DO UPDATE SET
                    events_applied = f.events_applied + 1,
                    last_event_id = EXCLUDED.last_event_id,
                    last_event_type = EXCLUDED.last_event_type,
                    last_event_time = EXCLUDED.last_event_time,
                    last_applied_at = EXCLUDED.last_applied_at""")
                .unwrap(NativeQuery.class)
                .setParameter("topic", topic, String.class)
                .setParameter("eventId", eventId, UUID.class)
                .setParameter("eventType", eventType, String.class)
                .setParameter("eventTime", eventTime, Instant.class)
                .setParameter("appliedAt", appliedAt, Instant.class)
                .executeUpdate();
    }

    /** Counts a redelivered event that was ignored. */
    public void recordDuplicate(String topic) {
        getEntityManager().createNativeQuery("""
                INSERT INTO source_freshness AS f (topic, events_applied, duplicates_ignored) VALUES (:topic, 0, 1)
                ON CONFLICT (topic) DO UPDATE SET duplicates_ignored = f.duplicates_ignored + 1""")
                .setParameter("topic", topic)
                .executeUpdate();
    }
}
