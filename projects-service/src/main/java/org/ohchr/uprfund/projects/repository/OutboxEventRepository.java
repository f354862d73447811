package org.ohchr.uprfund.projects.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.projects.event.OutboxEvent;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class OutboxEventRepository implements PanacheRepositoryBase<OutboxEvent, Long> {

    /** Arbitrary constant naming this service's relay lock in {@code pg_try_advisory_xact_lock}. */
    private static final long RELAY_LOCK = 0x0F_0B_0C_01L;

    /** Takes the relay lock for the current transaction; false when another relay holds it. */
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
}
