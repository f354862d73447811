package org.ohchr.uprfund.gateway.repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.gateway.domain.ExchangeDifference;
import org.ohchr.uprfund.gateway.domain.Sum;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ExchangeDifferenceRepository implements PanacheRepositoryBase<ExchangeDifference, UUID> {

    public Sum sum(LocalDate from, LocalDate to) {
        Object[] row = getEntityManager().createQuery("select sum(d.amountUsd), count(d) from ExchangeDifference d where "
                        + Windows.clause("d.recordedOn", from), Object[].class)
                .setParameter("to", to)
                .setParameter("from", Windows.from(from))
                .getSingleResult();
        return Sum.of((BigDecimal) row[0], (Number) row[1]);
    }

    public List<ExchangeDifference> datedIn(LocalDate from, LocalDate to) {
        return list("recordedOn >= ?1 and recordedOn <= ?2", Sort.by("recordedOn").and("exchangeDifferenceId"), from, to);
    }
}
