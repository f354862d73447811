package org.ohchr.uprfund.gateway.repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.gateway.domain.IncomeEntry;
import org.ohchr.uprfund.gateway.domain.Sum;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class IncomeEntryRepository implements PanacheRepositoryBase<IncomeEntry, UUID> {

    /** Other income by kind (INVESTMENT...), dated in the window; kinds without entries absent. */
    public Map<String, Sum> sumsByKind(LocalDate from, LocalDate to) {
        return getEntityManager().createQuery("select e.kind, sum(e.amountUsd), count(e) from IncomeEntry e where "
                        + Windows.clause("e.accountingDate", from) + " group by e.kind", Object[].class)
                .setParameter("to", to)
                .setParameter("from", Windows.from(from))
                .getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> Sum.of((BigDecimal) row[1], (Number) row[2])));
    }

    /** Of the other income in the window, the entries that exist to reconcile with a published report. */
    public Sum reconciliation(LocalDate from, LocalDate to) {
        Object[] row = getEntityManager().createQuery("select sum(e.amountUsd), count(e) from IncomeEntry e where"
                        + " e.reconciliationNote is not null and " + Windows.clause("e.accountingDate", from), Object[].class)
                .setParameter("to", to)
                .setParameter("from", Windows.from(from))
                .getSingleResult();
        return Sum.of((BigDecimal) row[0], (Number) row[1]);
    }

    public List<IncomeEntry> datedIn(LocalDate from, LocalDate to) {
        return list("accountingDate >= ?1 and accountingDate <= ?2", Sort.by("accountingDate").and("incomeId"), from, to);
    }
}
