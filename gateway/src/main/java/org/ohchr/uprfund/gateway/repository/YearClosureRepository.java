package org.ohchr.uprfund.gateway.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.gateway.domain.YearClosure;
import org.ohchr.uprfund.gateway.domain.YearClosureState;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class YearClosureRepository implements PanacheRepositoryBase<YearClosure, UUID> {

    /** CLOSED when this year or a later one is closed; CLOSING when the closing of this or a later year was asked for; else OPEN. */
    public YearClosureState stateOf(int year) {
        if (count("closedYear >= ?1", year) > 0) {
            return YearClosureState.CLOSED;
        }
        long asked = getEntityManager().createQuery("select count(c) from YearClosing c where c.closingYear >= :year", Long.class)
                .setParameter("year", year).getSingleResult();
        return asked > 0 ? YearClosureState.CLOSING : YearClosureState.OPEN;
    }
}
