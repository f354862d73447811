package org.ohchr.uprfund.gateway.repository;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.Session;
import org.ohchr.uprfund.gateway.domain.AppliedEvent;
import org.ohchr.uprfund.gateway.event.CloudEventEnvelope;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class AppliedEventRepository implements PanacheRepositoryBase<AppliedEvent, AppliedEvent.Key> {

    /**
     * Claims several events in one statement, unless they are already: the insert takes each row's lock, so a
     * second delivery of the same event (even on another gateway instance) waits for the first transaction and then finds
     * the row.
     *
     * @return the events claimed now: those not applied before (an event given twice is claimed once)
     */
    public Set<AppliedEvent.Key> claimAll(List<CloudEventEnvelope> events, String topic, Instant appliedAt) {
        if (events.isEmpty()) {
            return new HashSet<>();
        }
        StringBuilder sql = new StringBuilder("INSERT INTO applied_event (source, event_id, type, topic, applied_at) VALUES ");
        for (int i = 0; i < events.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?)");
        }
        sql.append(" ON CONFLICT (source, event_id) DO NOTHING RETURNING source, event_id");
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
                int parameter = 1;
                Timestamp at = Timestamp.from(appliedAt);
                for (CloudEventEnvelope event : events) {
                    insert.setString(parameter++, event.source());
                    insert.setObject(parameter++, event.id());
                    insert.setString(parameter++, event.type());
                    insert.setString(parameter++, topic);
                    insert.setTimestamp(parameter++, at);
                }
                Set<AppliedEvent.Key> claimed = new HashSet<>();
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        claimed.add(new AppliedEvent.Key(rows.getString(1), rows.getObject(2, UUID.class)));
                    }
                }
                return claimed;
            }
        });
    }

}
