package org.ohchr.uprfund.contributions.repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;

import org.ohchr.uprfund.contributions.domain.BalancePosition.KindSum;
import org.ohchr.uprfund.contributions.domain.BalancePosition.Sum;
import org.ohchr.uprfund.contributions.domain.IncomeEntry;
import org.ohchr.uprfund.contributions.domain.IncomeKind;
import org.ohchr.uprfund.platform.paging.DateRange;
import org.ohchr.uprfund.platform.paging.Page;
import org.ohchr.uprfund.platform.paging.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class IncomeRepository implements PanacheRepositoryBase<IncomeEntry, UUID> {

    /** The entry that reverses {@code id}, if any (there is at most one). */
    public Optional<IncomeEntry> findReversalOf(UUID id) {
        return find("reversedIncomeId", id).firstResultOptional();
    }

    /** For each of {@code ids} that has been reversed: its id -> the id of the entry reversing it. */
    public Map<UUID, UUID> reversalIdsOf(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return find("reversedIncomeId in ?1", ids).stream()
                .collect(Collectors.toMap(reversal -> reversal.reversedIncomeId, reversal -> reversal.id));
    }

    /**
     * Entries by accounting date, then by when they were recorded; every filter is optional.
     *
     * @param reconciliation true: only entries that reconcile with a published report; false: only the others
     */
    public Page<IncomeEntry> search(IncomeKind kind, DateRange dates, Boolean reconciliation, PageRequest page) {
        StringJoiner where = new StringJoiner(" and ");
        Parameters parameters = new Parameters();
        if (kind != null) {
            where.add("kind = :kind");
            parameters.and("kind", kind);
        }
        if (dates.from() != null) {
            where.add("accountingDate >= :from");
            parameters.and("from", dates.from());
        }
        if (dates.to() != null) {
            where.add("accountingDate <= :to");
            parameters.and("to", dates.to());
        }
        if (reconciliation != null) {
            where.add(reconciliation ? "reconciliationNote is not null" : "reconciliationNote is null");
        }
        Sort order = Sort.ascending("accountingDate", "recordedAt", "id");
        return Page.of(where.length() == 0 ? findAll(order) : find(where.toString(), order, parameters), page);
    }

    /**
     * Sums by kind of the entries dated from {@code from} (or the first entry, when null) to {@code to}, both included,
     * reversals included; kinds without entries are absent.
     */
    public List<KindSum> sumsByKind(LocalDate from, LocalDate to) {
        return window("select e.kind, sum(e.amountUsd), count(e) from IncomeEntry e where", from, to, " group by e.kind order by e.kind")
                .getResultList().stream()
                .map(row -> new KindSum((IncomeKind) row[0], (BigDecimal) row[1], (Long) row[2]))
                .toList();
    }

    /** Sum of the reconciliation entries dated from {@code from} (or the first entry, when null) to {@code to}. */
    public Sum reconciliationSum(LocalDate from, LocalDate to) {
        Object[] row = window("select sum(e.amountUsd), count(e) from IncomeEntry e where e.reconciliationNote is not null and",
                from, to, "").getSingleResult();
        return Sum.of((BigDecimal) row[0], (Long) row[1]);
    }

    private TypedQuery<Object[]> window(String select, LocalDate from, LocalDate to, String groupBy) {
        String dates = from == null ? " e.accountingDate <= :to" : " e.accountingDate >= :from and e.accountingDate <= :to";
        TypedQuery<Object[]> query = getEntityManager().createQuery(select + dates + groupBy, Object[].class).setParameter("to", to);
        return from == null ? query : query.setParameter("from", from);
    }

    public long countDatedBefore(LocalDate date) {
        return count("accountingDate < ?1", date);
    }
}
