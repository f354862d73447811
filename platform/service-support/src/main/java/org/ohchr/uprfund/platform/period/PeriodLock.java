package org.ohchr.uprfund.platform.period;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * The lock that keeps a ledger's dated entries and the closing of its periods apart, one PostgreSQL advisory lock held
 * to the end of the transaction. Every transaction that records a dated entry takes it shared, before it checks the
 * date: entries run side by side, but no period closes between an entry's check and its commit. A transaction that
 * closes a period (confirms a year's closing, carries a balance forward) takes it alone: it waits for the entries being
 * recorded, and they wait for it, then see it.
 */
@ApplicationScoped
public class PeriodLock {

    /** Arbitrary constant naming the lock among the database's advisory locks. */
    static final long PERIOD_LOCK = 0x0F_0B_0C_02L;

    private final EntityManager entityManager;

    PeriodLock(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Taken, shared, by every transaction that records a dated entry. */
    @Transactional(TxType.MANDATORY)
    public void forEntry() {
        entityManager.createNativeQuery("SELECT CAST(pg_advisory_xact_lock_shared(:lock) AS TEXT)")
                .setParameter("lock", PERIOD_LOCK).getSingleResult();
    }

    /**
     * Takes the lock shared, then reads the ledger's closed periods: the periods an entry recorded in this transaction
     * must respect, none of which closes until it commits.
     */
    @Transactional(TxType.MANDATORY)
    public ClosedPeriods forEntry(Supplier<ClosedPeriods> closedPeriods) {
        forEntry();
        return closedPeriods.get();
    }

    /** Taken alone by a transaction that closes a period. */
    @Transactional(TxType.MANDATORY)
    public void forClosing() {
        entityManager.createNativeQuery("SELECT CAST(pg_advisory_xact_lock(:lock) AS TEXT)")
                .setParameter("lock", PERIOD_LOCK).getSingleResult();
    }

    /**
     * Takes the lock alone, then reads the ledger's closed periods: for a transaction that closes one, once the entries
     * in flight have committed.
     */
    @Transactional(TxType.MANDATORY)
    public ClosedPeriods forClosing(Supplier<ClosedPeriods> closedPeriods) {
        forClosing();
        return closedPeriods.get();
    }
}
