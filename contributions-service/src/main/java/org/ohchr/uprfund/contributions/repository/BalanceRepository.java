package org.ohchr.uprfund.contributions.repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;

import org.ohchr.uprfund.contributions.domain.Balance;
import org.ohchr.uprfund.contributions.domain.BalancePosition.Sum;
import org.ohchr.uprfund.platform.paging.DateRange;
import org.ohchr.uprfund.platform.paging.Page;
import org.ohchr.uprfund.platform.paging.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Balances carried forward, and the sums of contributions received that a position rolls forward with. */
@ApplicationScoped
public class BalanceRepository implements PanacheRepositoryBase<Balance, UUID> {

    public Optional<Balance> findByDate(LocalDate balanceDate) {
        return find("balanceDate", balanceDate).firstResultOptional();
    }

    /** The balance fund status rolls forward from on {@code date}: the latest dated on or before it. */
    public Optional<Balance> latestAtOrBefore(LocalDate date) {
        return find("balanceDate <= ?1", Sort.descending("balanceDate"), date).firstResultOptional();
    }

    /** The date of the latest balance carried forward, if any: everything dated before it is closed. */
    public Optional<LocalDate> latestDate() {
        return Optional.ofNullable(getEntityManager().createQuery("select max(b.balanceDate) from Balance b", LocalDate.class)
                .getSingleResult());
    }

    /**
     * US dollar sum and number of the contributions received from {@code from} (from the first, when null) to {@code to},
     * both included, reversals included (dated when they were made). Reads the contribution entries, never writes them.
     */
    public Sum contributionsReceived(LocalDate from, LocalDate to) {
        String dates = from == null ? "c.receivedOn <= :to" : "c.receivedOn >= :from and c.receivedOn <= :to";
        TypedQuery<Object[]> query = getEntityManager()
                .createQuery("select sum(c.amountUsd), count(c) from Contribution c where " + dates, Object[].class)
                .setParameter("to", to);
        Object[] row = (from == null ? query : query.setParameter("from", from)).getSingleResult();
        return Sum.of((BigDecimal) row[0], (Long) row[1]);
    }

    /** How many contribution entries are dated before {@code date}: history inside a balance carried forward at that date. */
    public long contributionsReceivedBefore(LocalDate date) {
        return getEntityManager().createQuery("select count(c) from Contribution c where c.receivedOn < :date", Long.class)
                .setParameter("date", date).getSingleResult();
    }

    /** Balances by date, oldest first; both bounds optional and included. */
    public Page<Balance> search(DateRange dates, PageRequest page) {
        StringJoiner where = new StringJoiner(" and ");
        Parameters parameters = new Parameters();
        if (dates.from() != null) {
            where.add("balanceDate >= :from");
            parameters.and("from", dates.from());
        }
        if (dates.to() != null) {
            where.add("balanceDate <= :to");
            parameters.and("to", dates.to());
        }
        Sort order = Sort.ascending("balanceDate");
        return Page.of(where.length() == 0 ? findAll(order) : find(where.toString(), order, parameters), page);
    }
}
