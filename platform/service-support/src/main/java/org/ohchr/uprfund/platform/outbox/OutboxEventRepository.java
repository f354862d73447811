package org.ohchr.uprfund.platform.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

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
