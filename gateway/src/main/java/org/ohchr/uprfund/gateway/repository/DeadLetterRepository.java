package org.ohchr.uprfund.gateway.repository;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.gateway.domain.DeadLetter;
import org.ohchr.uprfund.platform.paging.Page;
import org.ohchr.uprfund.platform.paging.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class DeadLetterRepository implements PanacheRepositoryBase<DeadLetter, UUID> {

    /**
     * Parks a record unless it is parked already (a record delivered again after a crash keeps its first row).
     *
     * @return true when this call parked it
     */
    public boolean park(DeadLetter letter) {
        int inserted = getEntityManager().createNativeQuery("""
                INSERT INTO dead_letter (id, topic, record_partition, record_offset, record_key, record_value, record_timestamp,
                    event_id, event_source, event_type, failure, reason, parked_at, status, replays)
                VALUES (:id, :topic, :partition, :offset, :key, :value, :timestamp, :eventId, :eventSource, :eventType, :failure,
                    :reason, :parkedAt, :status, 0)
                ON CONFLICT (topic, record_partition, record_offset) DO NOTHING""")
                .setParameter("id", letter.id)
                .setParameter("topic", letter.topic)
                .setParameter("partition", letter.partition)
                .setParameter("offset", letter.offset)
                .setParameter("key", letter.key)
                .setParameter("value", letter.value)
                .setParameter("timestamp", letter.timestamp)
                .setParameter("eventId", letter.eventId)
                .setParameter("eventSource", letter.eventSource)
                .setParameter("eventType", letter.eventType)
                .setParameter("failure", letter.failure.name())
                .setParameter("reason", letter.reason)
                .setParameter("parkedAt", letter.parkedAt)
                .setParameter("status", letter.status.name())
                .executeUpdate();
        return inserted == 1;
    }

    /** Parked records by topic, partition and offset; {@code status} and {@code topic} are optional filters. */
    public Page<DeadLetter> search(DeadLetter.Status status, String topic, PageRequest page) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        if (topic != null) {
            query.append(" and topic = :topic");
            parameters.and("topic", topic);
        }
        return Page.of(find(query.toString(), Sort.by("topic").and("partition").and("offset"), parameters), page);
    }

    /** Every record still parked, in the order it sat on its topic. */
    public List<DeadLetter> parked() {
        return list("status", Sort.by("topic").and("partition").and("offset"), DeadLetter.Status.PARKED);
    }

    /** Records still parked, by topic. */
    public Map<String, Long> parkedByTopic() {
        return getEntityManager().createQuery("select d.topic, count(d) from DeadLetter d where d.status = :status group by d.topic",
                        Object[].class)
                .setParameter("status", DeadLetter.Status.PARKED)
                .getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1]));
    }
}
