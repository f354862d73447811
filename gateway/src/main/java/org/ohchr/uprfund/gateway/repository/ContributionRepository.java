package org.ohchr.uprfund.gateway.repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.gateway.domain.Contribution;
import org.ohchr.uprfund.gateway.domain.Sum;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ContributionRepository implements PanacheRepositoryBase<Contribution, UUID> {

    /** Contributions received (reversals negative) dated from {@code from} (every one before, when null) to {@code to}. */
    public Sum received(LocalDate from, LocalDate to) {
        Object[] row = getEntityManager().createQuery("select sum(c.amountUsd), count(c) from Contribution c where "
                        + Windows.clause("c.receivedOn", from), Object[].class)
                .setParameter("to", to)
                .setParameter("from", Windows.from(from))
                .getSingleResult();
        return Sum.of((BigDecimal) row[0], (Number) row[1]);
    }

    public List<Contribution> datedIn(LocalDate from, LocalDate to) {
        return list("receivedOn >= ?1 and receivedOn <= ?2", Sort.by("receivedOn").and("contributionId"), from, to);
    }

    /** Every entry, for Table 2: one row per donor and period, in US dollars at receipt, reversals included. */
    public List<PeriodDonorSum> sumsByPeriodAndDonor() {
        return getEntityManager().createQuery("""
                        select c.period, c.donorId, sum(c.amountUsd), count(c) from Contribution c
                        group by c.period, c.donorId""", Object[].class)
                .getResultStream()
                .map(row -> new PeriodDonorSum((String) row[0], (UUID) row[1], Sum.of((BigDecimal) row[2], (Number) row[3])))
                .toList();
    }

    public record PeriodDonorSum(String period, UUID donorId, Sum sum) {
    }
}
