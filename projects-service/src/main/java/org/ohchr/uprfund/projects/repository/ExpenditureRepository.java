package org.ohchr.uprfund.projects.repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

import org.ohchr.uprfund.platform.paging.DateRange;
import org.ohchr.uprfund.platform.paging.Page;
import org.ohchr.uprfund.platform.paging.PageRequest;
import org.ohchr.uprfund.projects.domain.CostCategory;
import org.ohchr.uprfund.projects.domain.Expenditure;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class ExpenditureRepository implements PanacheRepositoryBase<Expenditure, UUID> {

    /** Reads the entry and locks its row until the transaction ends, so that corrections of it take turns. */
    public Optional<Expenditure> findForCorrection(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Entries by accounting date, then by when they were recorded; every filter is optional. */
    public Page<Expenditure> search(Filter filter, PageRequest page) {
        Parameters parameters = new Parameters();
        String where = where(filter, parameters);
        return Page.of(find("from Expenditure e" + where + " order by e.spentOn, e.recordedAt, e.id", parameters), page);
    }

    /** What the corrections of {@code id} took back so far, positive; zero when it was never corrected. */
    public BigDecimal correctedSoFar(UUID id) {
        return getEntityManager().createQuery(
                "select coalesce(sum(e.amountUsd), 0) from Expenditure e where e.correctsId = :id", BigDecimal.class)
                .setParameter("id", id).getSingleResult().negate();
    }

    /** For each of {@code ids} that was corrected at least once: what its corrections took back, positive. */
    public Map<UUID, BigDecimal> correctedAmounts(Collection<UUID> ids) {
        Map<UUID, BigDecimal> corrected = new HashMap<>();
        if (ids.isEmpty()) {
            return corrected;
        }
        getEntityManager().createQuery(
                "select e.correctsId, sum(e.amountUsd) from Expenditure e where e.correctsId in :ids group by e.correctsId", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(row -> corrected.put((UUID) row[0], ((BigDecimal) row[1]).negate()));
        return corrected;
    }

    /** For each of {@code projectIds} that has expenditure: its sum, corrections included. */
    public Map<UUID, BigDecimal> spentBy(Collection<UUID> projectIds) {
        Map<UUID, BigDecimal> spent = new HashMap<>();
        if (projectIds.isEmpty()) {
            return spent;
        }
        getEntityManager().createQuery(
                "select e.projectId, sum(e.amountUsd) from Expenditure e where e.projectId in :ids group by e.projectId", Object[].class)
                .setParameter("ids", projectIds).getResultList()
                .forEach(row -> spent.put((UUID) row[0], (BigDecimal) row[1]));
        return spent;
    }

    /** Sums by cost category of the entries the filter selects (corrections included); categories without entries are absent. */
    public List<Sum<CostCategory>> sumsByCategory(Filter filter) {
        Parameters parameters = new Parameters();
        TypedQuery<Object[]> query = getEntityManager().createQuery("select e.costCategory, sum(e.amountUsd), count(e) from Expenditure e"
                + where(filter, parameters) + " group by e.costCategory", Object[].class);
        parameters.map().forEach(query::setParameter);
        return query.getResultList().stream()
                .map(row -> new Sum<>((CostCategory) row[0], (BigDecimal) row[1], (Long) row[2])).toList();
    }

    /** Sums by year of the accounting date of the entries the filter selects (corrections included), oldest first. */
    public List<Sum<Integer>> sumsByYear(Filter filter) {
        Parameters parameters = new Parameters();
        TypedQuery<Object[]> query = getEntityManager().createQuery("select year(e.spentOn), sum(e.amountUsd), count(e) from Expenditure e"
                + where(filter, parameters) + " group by year(e.spentOn) order by year(e.spentOn)", Object[].class);
        parameters.map().forEach(query::setParameter);
        return query.getResultList().stream()
                .map(row -> new Sum<>(((Number) row[0]).intValue(), (BigDecimal) row[1], (Long) row[2])).toList();
    }

    private static String where(Filter filter, Parameters parameters) {
        StringJoiner where = new StringJoiner(" and ", " where ", "").setEmptyValue("");
        if (filter.projectId() != null) {
            where.add("e.projectId = :projectId");
            parameters.and("projectId", filter.projectId());
        }
        if (filter.iso3() != null) {
            where.add("e.iso3 = :iso3");
            parameters.and("iso3", filter.iso3());
        }
        if (filter.level() == Level.FUND) {
            where.add("e.projectId is null");
        } else if (filter.level() == Level.PROJECT) {
            where.add("e.projectId is not null");
        }
        if (filter.category() != null) {
            where.add("e.costCategory = :category");
            parameters.and("category", filter.category());
        }
        if (filter.dates().from() != null) {
            where.add("e.spentOn >= :from");
            parameters.and("from", filter.dates().from());
        }
        if (filter.dates().to() != null) {
            where.add("e.spentOn <= :to");
            parameters.and("to", filter.dates().to());
        }
        if (filter.reconciliation() != null) {
            where.add(filter.reconciliation() ? "e.reconciliationNote is not null" : "e.reconciliationNote is null");
        }
        return where.toString();
    }

    /** Whose expenditure: the fund's own (no project), the projects', or both. */
    public enum Level { FUND, PROJECT }

    /** Optional filters of expenditure lists and sums; null means "any". */
    public record Filter(UUID projectId, String iso3, Level level, CostCategory category, DateRange dates, Boolean reconciliation) {

        public static Filter dated(LocalDate from, LocalDate to) {
            return new Filter(null, null, null, null, DateRange.of(from, to), null);
        }
    }

    /** A sum of entries grouped by {@code key}, and how many entries it adds. */
    public record Sum<K>(K key, BigDecimal amountUsd, long entries) {
    }
}
