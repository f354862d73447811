package org.ohchr.uprfund.contributions.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.contributions.domain.AccountingYearClosure;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Accounting years closed for the whole fund. */
@ApplicationScoped
public class AccountingYearClosureRepository implements PanacheRepositoryBase<AccountingYearClosure, Integer> {

    public List<AccountingYearClosure> listByYear() {
        return listAll(Sort.ascending("year"));
    }
}
