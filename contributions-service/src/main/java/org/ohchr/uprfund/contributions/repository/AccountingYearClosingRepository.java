package org.ohchr.uprfund.contributions.repository;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.contributions.domain.AccountingYearClosing;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** The closings fund managers asked for, closing or closed. */
@ApplicationScoped
public class AccountingYearClosingRepository implements PanacheRepositoryBase<AccountingYearClosing, Integer> {

    /** The latest year whose closing was asked for: this service confirmed it, with the request. */
    public Optional<Integer> lastRequestedYear() {
        return Optional.ofNullable(getEntityManager().createQuery("select max(c.year) from AccountingYearClosing c", Integer.class)
                .getSingleResult());
    }

    /** The years asked for and not closed yet, oldest first. */
    public List<AccountingYearClosing> stillClosing() {
        return list("year not in (select c.year from AccountingYearClosure c)", Sort.ascending("year"));
    }

    public List<AccountingYearClosing> listByYear() {
        return listAll(Sort.ascending("year"));
    }
}
