package org.ohchr.uprfund.gateway.repository;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.gateway.domain.Money;
import org.ohchr.uprfund.gateway.domain.Project;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ProjectRepository implements PanacheRepositoryBase<Project, UUID> {

    /**
     * Every project with a status by the end of {@code date}, as it stood then: its status (the last step of its history
     * that holds by then: the one of the highest aggregate sequence, as the project's current status is; among steps
     * without one, the last applied),
     * its budget (the last revision in effect, else the approved budget once approved, else the proposed one) and what
     * was spent on it by then.
     */
    public List<ProjectAt> at(LocalDate date) {
        Instant end = date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                SELECT p.project_id, p.iso3,
                    s.status,
                    COALESCE((SELECT r.revised_budget_usd FROM fund_budget_revision r WHERE r.project_id = p.project_id
                            AND r.effective_on <= :date ORDER BY r.effective_on DESC, r.recorded_at DESC LIMIT 1),
                        CASE WHEN p.approved_on IS NOT NULL AND p.approved_on <= :date THEN p.approved_budget_usd
                            ELSE p.proposed_budget_usd END),
                    COALESCE((SELECT sum(e.amount_usd) FROM fund_expenditure e WHERE e.project_id = p.project_id
                        AND e.spent_on <= :date), 0),
                    p.recommendation_ids
                FROM fund_project p
                JOIN LATERAL (SELECT h.status FROM fund_project_status h WHERE h.project_id = p.project_id AND h.changed_at < :end
                    ORDER BY h.aggregate_sequence DESC NULLS LAST, h.seq DESC LIMIT 1) s ON true
                ORDER BY p.iso3, p.code, p.project_id""")
                .setParameter("end", end)
                .setParameter("date", date)
                .getResultList();
        return rows.stream().map(row -> new ProjectAt((UUID) row[0], ((String) row[1]).strip(), (String) row[2],
                Money.usd((BigDecimal) row[3]), Money.usd((BigDecimal) row[4]), uuids(row[5]))).toList();
    }

    public List<Project> ofCountry(String iso3) {
        return list("iso3", Sort.by("code").and("projectId"), iso3);
    }

    private static List<UUID> uuids(Object array) {
        if (array == null) {
            return List.of();
        }
        if (array instanceof UUID[] ids) {
            return List.of(ids);
        }
        if (array instanceof Object[] ids) {
            return java.util.Arrays.stream(ids).map(id -> id instanceof UUID uuid ? uuid : UUID.fromString(id.toString())).toList();
        }
        try {
            return uuids(((Array) array).getArray());
        } catch (SQLException e) {
            throw new IllegalStateException("Unreadable recommendation ids", e);
        }
    }

    /** A project as it stood at a date. */
    public record ProjectAt(UUID projectId, String iso3, String status, BigDecimal budgetUsd, BigDecimal spentUsd,
            List<UUID> recommendationIds) {
    }
}
