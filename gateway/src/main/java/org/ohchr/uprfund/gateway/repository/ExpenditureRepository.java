package org.ohchr.uprfund.gateway.repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.gateway.domain.Expenditure;
import org.ohchr.uprfund.gateway.domain.Sum;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ExpenditureRepository implements PanacheRepositoryBase<Expenditure, UUID> {

    /** Expenditure by cost category, dated in the window (reversals negative); categories without entries absent. */
    public Map<String, Sum> sumsByCategory(LocalDate from, LocalDate to) {
        return getEntityManager().createQuery("select e.costCategory, sum(e.amountUsd), count(e) from Expenditure e where "
                        + Windows.clause("e.spentOn", from) + " group by e.costCategory", Object[].class)
                .setParameter("to", to)
                .setParameter("from", Windows.from(from))
                .getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> Sum.of((BigDecimal) row[1], (Number) row[2])));
    }

    public List<Expenditure> datedIn(LocalDate from, LocalDate to) {
        return list("spentOn >= ?1 and spentOn <= ?2", Sort.by("spentOn").and("expenditureId"), from, to);
    }

    /** A State's expenditure by cost category, all dates, reversals included (project-level and State-level). */
    public Map<String, Sum> sumsByCategoryForCountry(String iso3) {
        return getEntityManager().createQuery("select e.costCategory, sum(e.amountUsd), count(e) from Expenditure e"
                        + " where e.iso3 = :iso3 group by e.costCategory", Object[].class)
                .setParameter("iso3", iso3)
                .getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> Sum.of((BigDecimal) row[1], (Number) row[2])));
    }

    /** What was spent on each of the projects, all dates, reversals included. */
    public Map<UUID, BigDecimal> spentByProject(List<UUID> projectIds) {
        if (projectIds.isEmpty()) {
            return Map.of();
        }
        return getEntityManager().createQuery("select e.projectId, sum(e.amountUsd) from Expenditure e where e.projectId in :ids"
                        + " group by e.projectId", Object[].class)
                .setParameter("ids", projectIds)
                .getResultStream()
                .collect(Collectors.toMap(row -> (UUID) row[0], row -> (BigDecimal) row[1]));
    }
}
