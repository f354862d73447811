package org.ohchr.uprfund.gateway.repository;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.gateway.FundDonor;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class FundDonorRepository implements PanacheRepositoryBase<FundDonor, UUID> {

    /** Number of donors of each kind, in one query (so the counts agree with each other). */
    public Map<String, Long> countByKind() {
        return getEntityManager()
                .createQuery("select d.kind, count(d) from FundDonor d group by d.kind", Object[].class)
                .getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1]));
    }
}
