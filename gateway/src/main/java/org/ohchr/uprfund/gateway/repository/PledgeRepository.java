package org.ohchr.uprfund.gateway.repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.gateway.domain.Pledge;
import org.ohchr.uprfund.gateway.domain.PledgeStanding;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class PledgeRepository implements PanacheRepositoryBase<Pledge, UUID> {

    /**
     * Where every pledge made by {@code date} stood at the end of it: paid by the contributions naming it dated up to
     * then, cancelled when its cancellation took effect by then.
     */
    public List<PledgeStanding> standingsAt(LocalDate date) {
        List<Object[]> rows = getEntityManager().createQuery("""
                        select p.pledgeId, p.donorId, p.period, p.amount, p.usdPerUnit,
                            (select coalesce(sum(c.amount), 0) from Contribution c where c.pledgeId = p.pledgeId and c.receivedOn <= :date),
                            (select count(x) from PledgeCancellation x where x.pledgeId = p.pledgeId and x.effectiveOn <= :date)
                        from Pledge p where p.pledgedOn <= :date order by p.pledgedOn, p.pledgeId""", Object[].class)
                .setParameter("date", date)
                .getResultList();
        return rows.stream().map(row -> PledgeStanding.of((UUID) row[0], (UUID) row[1], (String) row[2], (BigDecimal) row[3],
                (BigDecimal) row[4], (BigDecimal) row[5], ((Number) row[6]).longValue() > 0)).toList();
    }
}
