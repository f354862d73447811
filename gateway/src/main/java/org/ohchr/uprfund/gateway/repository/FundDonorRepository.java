package org.ohchr.uprfund.gateway.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.gateway.domain.FundDonor;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class FundDonorRepository implements PanacheRepositoryBase<FundDonor, UUID> {

    /**
     * Number of donors of each kind at the end of {@code date}, in one query (so the counts agree): registered by then, or
     * with a pledge or a contribution dated by then (a donor registered later together with its history, as the report's).
     */
    public Map<String, Long> countByKind(LocalDate date) {
        Instant end = date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return getEntityManager()
                .createQuery("select d.kind, count(d) from FundDonor d where d.registeredAt < :end"
                        + " or exists (select 1 from Contribution c where c.donorId = d.donorId and c.receivedOn <= :date)"
                        + " or exists (select 1 from Pledge p where p.donorId = d.donorId and p.pledgedOn <= :date)"
                        + " group by d.kind", Object[].class)
                .setParameter("end", end)
                .setParameter("date", date)
                .getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1]));
    }

    /** The donors of these ids the read model knows, by id. */
    public Map<UUID, FundDonor> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<FundDonor> found = list("donorId in ?1", ids);
        return found.stream().collect(Collectors.toMap(donor -> donor.donorId, Function.identity()));
    }
}
