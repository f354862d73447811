package org.ohchr.uprfund.gateway.repository;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.ohchr.uprfund.gateway.domain.DatedRows;

/** Counts the rows of the tables a statement is computed from, by the year each is dated in: one query over them all. */
@ApplicationScoped
public class DatedRowRepository {

    private final EntityManager entityManager;

    DatedRowRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public DatedRows count() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT 'fund_contribution', extract(year FROM received_on)::int, count(*) FROM fund_contribution GROUP BY 2
                UNION ALL SELECT 'fund_exchange_difference', extract(year FROM recorded_on)::int, count(*) FROM fund_exchange_difference GROUP BY 2
                UNION ALL SELECT 'fund_income', extract(year FROM accounting_date)::int, count(*) FROM fund_income GROUP BY 2
                UNION ALL SELECT 'fund_expenditure', extract(year FROM spent_on)::int, count(*) FROM fund_expenditure GROUP BY 2
                UNION ALL SELECT 'fund_balance', extract(year FROM balance_date)::int, count(*) FROM fund_balance GROUP BY 2
                UNION ALL SELECT 'fund_pledge', extract(year FROM pledged_on)::int, count(*) FROM fund_pledge GROUP BY 2
                UNION ALL SELECT 'fund_pledge_cancellation', extract(year FROM effective_on)::int, count(*) FROM fund_pledge_cancellation GROUP BY 2
                UNION ALL SELECT 'fund_year_closure', closed_year, count(*) FROM fund_year_closure GROUP BY 2
                UNION ALL SELECT 'fund_year_closing', closing_year, count(*) FROM fund_year_closing GROUP BY 2""").getResultList();
        Map<DatedRows.Key, Long> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.put(new DatedRows.Key((String) row[0], ((Number) row[1]).intValue()), ((Number) row[2]).longValue());
        }
        return new DatedRows(counts);
    }
}
