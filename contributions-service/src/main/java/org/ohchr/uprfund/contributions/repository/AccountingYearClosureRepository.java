package org.ohchr.uprfund.contributions.repository;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.contributions.domain.AccountingYearClosure;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Closed accounting years, and the lock that keeps entries and closings apart. */
@ApplicationScoped
public class AccountingYearClosureRepository implements PanacheRepositoryBase<AccountingYearClosure, Integer> {

    /** Arbitrary constant naming the accounting period lock in PostgreSQL's advisory locks. */
    private static final long PERIOD_LOCK = 0x0F_0B_0C_02L;

    /**
     * Taken by every transaction that records a dated entry, shared: entries run side by side, but a period cannot be
     * closed between an entry's check of its date and its commit.
     */
    public void lockForEntry() {
        getEntityManager().createNativeQuery("SELECT CAST(pg_advisory_xact_lock_shared(:lock) AS TEXT)")
                .setParameter("lock", PERIOD_LOCK).getSingleResult();
    }

    /** Taken alone by a transaction that closes a period: it waits for the entries being recorded, and they wait for it. */
    public void lockForClosing() {
        getEntityManager().createNativeQuery("SELECT CAST(pg_advisory_xact_lock(:lock) AS TEXT)")
                .setParameter("lock", PERIOD_LOCK).getSingleResult();
    }

    public Optional<Integer> lastClosedYear() {
        return Optional.ofNullable(getEntityManager().createQuery("select max(c.year) from AccountingYearClosure c", Integer.class)
                .getSingleResult());
    }

    public List<AccountingYearClosure> listByYear() {
        return listAll(Sort.ascending("year"));
    }
}
