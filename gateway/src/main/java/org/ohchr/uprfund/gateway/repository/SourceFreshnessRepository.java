package org.ohchr.uprfund.gateway.repository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.query.NativeQuery;
import org.ohchr.uprfund.gateway.domain.SourceFreshness;
import org.ohchr.uprfund.platform.inbox.CloudEventEnvelope;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class SourceFreshnessRepository implements PanacheRepositoryBase<SourceFreshness, String> {

    public List<SourceFreshness> listByTopic() {
        return listAll(Sort.by("topic"));
    }

    /**
     * Counts the events applied and the redeliveries ignored of a batch on its topic, and makes {@code last} (when one
     * was applied) the topic's last event: one atomic upsert.
     */
    public void record(String topic, int applied, int duplicates, CloudEventEnvelope last, Instant appliedAt) {
        if (last == null) {
            if (duplicates > 0) {
                getEntityManager().createNativeQuery("""
                        INSERT INTO source_freshness AS f (topic, events_applied, duplicates_ignored) VALUES (:topic, 0, :duplicates)
                        ON CONFLICT (topic) DO UPDATE SET duplicates_ignored = f.duplicates_ignored + :duplicates""")
                        .setParameter("topic", topic)
                        .setParameter("duplicates", duplicates)
                        .executeUpdate();
            }
            return;
        }
        getEntityManager().createNativeQuery("""
                INSERT INTO source_freshness AS f
                    (topic, events_applied, duplicates_ignored, last_event_id, last_event_type, last_event_time, last_applied_at)
                VALUES (:topic, :applied, :duplicates, :eventId, :eventType, :eventTime, :appliedAt)
                ON CONFLICT (topic) DO UPDATE SET
                    events_applied = f.events_applied + :applied,
                    duplicates_ignored = f.duplicates_ignored + :duplicates,
                    last_event_id = EXCLUDED.last_event_id,
                    last_event_type = EXCLUDED.last_event_type,
                    last_event_time = EXCLUDED.last_event_time,
                    last_applied_at = EXCLUDED.last_applied_at""")
                .unwrap(NativeQuery.class)
                .setParameter("topic", topic, String.class)
                .setParameter("applied", applied, Integer.class)
                .setParameter("duplicates", duplicates, Integer.class)
                .setParameter("eventId", last.id(), UUID.class)
                .setParameter("eventType", last.type(), String.class)
                .setParameter("eventTime", last.time(), Instant.class)
                .setParameter("appliedAt", appliedAt, Instant.class)
                .executeUpdate();
    }
}
