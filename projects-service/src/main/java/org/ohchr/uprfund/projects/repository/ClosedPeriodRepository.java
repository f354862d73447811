package org.ohchr.uprfund.projects.repository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.projects.domain.ClosedPeriod;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** The closings of the fund's books this service has applied, and the lock that keeps entries and closings apart. */
@ApplicationScoped
public class ClosedPeriodRepository implements PanacheRepositoryBase<ClosedPeriod, UUID> {

    /** Arbitrary constant naming the accounting period lock in PostgreSQL's advisory locks (this service's database). */
    private static final long PERIOD_LOCK = 0x0F_0B_0C_02L;

    /**
     * Taken, shared, by every transaction that records expenditure: entries run side by side, but no closing is applied
     * between an entry's check of its date and its commit.
     */
    public void lockForEntry() {
        getEntityManager().createNativeQuery("SELECT CAST(pg_advisory_xact_lock_shared(:lock) AS TEXT)")
                .setParameter("lock", PERIOD_LOCK).getSingleResult();
    }

    /** Taken alone by the transaction that applies a closing: it waits for the entries being recorded. */
    public void lockForClosing() {
        getEntityManager().createNativeQuery("SELECT CAST(pg_advisory_xact_lock(:lock) AS TEXT)")
                .setParameter("lock", PERIOD_LOCK).getSingleResult();
    }

    /** The last closed day of every closing applied, or empty while none is. */
    public Optional<LocalDate> closedThrough() {
        return Optional.ofNullable(getEntityManager().createQuery("select max(c.closedThrough) from ClosedPeriod c", LocalDate.class)
                .getSingleResult());
    }

    /** Every closing applied, by the last day it closes, then as applied. */
    public List<ClosedPeriod> listByDate() {
        return listAll(Sort.ascending("closedThrough", "appliedAt"));
    }
}
