package org.ohchr.uprfund.recommendations.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * The clustered matrix of a State's recommendations, summed by PostgreSQL: counts by theme, response and
 * implementation status, and by SDG goal and target. Callers read it in one snapshot.
 */
@ApplicationScoped
public class MatrixRepository {

    private final EntityManager entityManager;

    MatrixRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A count of recommendations by theme (null: none), response and implementation status. */
    public record Cell(String theme, String response, String implementationStatus, long count) {
    }

    /** A count of recommendations by one code (a goal, a target). */
    public record Count(String code, long count) {
    }

    /** Counts by theme x response x status; a recommendation counts once under each of its themes. */
    public List<Cell> byTheme(RecommendationFilter filter) {
        return cells("SELECT t.theme, r.response, r.implementation_status, count(*)", " LEFT JOIN LATERAL unnest(r.themes) AS t (theme) ON true",
                filter, "t.theme, r.response, r.implementation_status");
    }

    /** Counts by response x status, each recommendation once. */
    public List<Cell> byResponseAndStatus(RecommendationFilter filter) {
        return cells("SELECT CAST(NULL AS text), r.response, r.implementation_status, count(*)", "", filter,
                "r.response, r.implementation_status");
    }

    public List<Count> byGoal(RecommendationFilter filter) {
        return counts("SELECT CAST(g AS text), count(*)", " CROSS JOIN LATERAL unnest(r.sdg_goals) AS g", filter, "g");
    }

    public List<Count> byTarget(RecommendationFilter filter) {
        return counts("SELECT t, count(*)", " CROSS JOIN LATERAL unnest(r.sdg_targets) AS t", filter, "t");
    }

    public long withoutSdg(RecommendationFilter filter) {
        RecommendationSql sql = RecommendationSql.of(filter);
        Query query = entityManager.createNativeQuery("SELECT count(*)" + sql.from() + sql.where
                + (sql.where.isEmpty() ? " WHERE" : " AND") + " cardinality(r.sdg_goals) = 0");
        sql.parameters.forEach(query::setParameter);
        return ((Number) query.getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    private List<Cell> cells(String select, String joins, RecommendationFilter filter, String groupBy) {
        RecommendationSql sql = RecommendationSql.of(filter);
        Query query = entityManager.createNativeQuery(select + sql.from() + joins + sql.where + " GROUP BY " + groupBy);
        sql.parameters.forEach(query::setParameter);
        return ((List<Object[]>) query.getResultList()).stream()
                .map(row -> new Cell((String) row[0], (String) row[1], (String) row[2], ((Number) row[3]).longValue())).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Count> counts(String select, String joins, RecommendationFilter filter, String groupBy) {
        RecommendationSql sql = RecommendationSql.of(filter);
        Query query = entityManager.createNativeQuery(select + sql.from() + joins + sql.where + " GROUP BY " + groupBy);
        sql.parameters.forEach(query::setParameter);
        return ((List<Object[]>) query.getResultList()).stream().map(row -> new Count((String) row[0], ((Number) row[1]).longValue()))
                .toList();
    }
}
