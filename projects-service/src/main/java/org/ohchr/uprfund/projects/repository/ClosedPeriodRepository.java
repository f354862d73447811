package org.ohchr.uprfund.projects.repository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.projects.domain.ClosedPeriod;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** The closings of the fund's books this service has applied (or confirmed). */
@ApplicationScoped
public class ClosedPeriodRepository implements PanacheRepositoryBase<ClosedPeriod, UUID> {

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
