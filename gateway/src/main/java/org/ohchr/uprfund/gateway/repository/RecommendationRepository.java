package org.ohchr.uprfund.gateway.repository;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.gateway.domain.Recommendation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class RecommendationRepository implements PanacheRepositoryBase<Recommendation, UUID> {

    /**
     * How many recommendations had each response and implementation status at the end of {@code date}: from the history
     * (the last state of each recorded by then, in the order applied), or, for today, from the counts the projection
     * keeps of their current state.
     */
    public List<StateCount> countsAt(LocalDate date, boolean today) {
        return counts(today ? "SELECT c.response, c.implementation_status, c.recommendations FROM fund_recommendation_count c"
                + " WHERE c.recommendations <> 0"
                : "SELECT s.response, s.implementation_status, count(*) FROM (" + LATEST_STATES + ") s GROUP BY 1, 2", date, today, null);
    }

    /**
     * Moves one recommendation's count from its old response and status (null for a new one) to its new ones, in the
     * transaction of the change.
     */
    public void recount(String oldResponse, String oldStatus, String newResponse, String newStatus) {
        if (oldResponse != null && oldResponse.equals(newResponse) && oldStatus.equals(newStatus)) {
            return;
        }
        if (oldResponse != null) {
            count(oldResponse, oldStatus, -1);
        }
        count(newResponse, newStatus, 1);
    }

    private void count(String response, String status, int delta) {
        getEntityManager().createNativeQuery("""
                INSERT INTO fund_recommendation_count AS c (response, implementation_status, recommendations)
                VALUES (:response, :status, :delta)
                ON CONFLICT (response, implementation_status) DO UPDATE SET recommendations = c.recommendations + :delta""")
                .setParameter("response", response)
                .setParameter("status", status)
                .setParameter("delta", delta)
                .executeUpdate();
    }

    /** The same, of the recommendations of these ids only (those the read model does not know are not counted). */
    public List<StateCount> countsAt(LocalDate date, boolean today, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return counts(today
                ? "SELECT r.response, r.implementation_status, count(*) FROM fund_recommendation r WHERE r.recommendation_id IN (:ids)"
                        + " GROUP BY 1, 2"
                : "SELECT s.response, s.implementation_status, count(*) FROM (" + LATEST_STATES + ") s WHERE s.recommendation_id IN (:ids)"
                        + " GROUP BY 1, 2", date, today, ids);
    }

    /** The last state of each recommendation by :end, in the order its events were applied. */
    private static final String LATEST_STATES = "SELECT DISTINCT ON (st.recommendation_id) st.recommendation_id, st.response,"
            + " st.implementation_status FROM fund_recommendation_state st WHERE st.changed_at < :end"
            + " ORDER BY st.recommendation_id, st.seq DESC";

    private List<StateCount> counts(String sql, LocalDate date, boolean today, Collection<UUID> ids) {
        var query = getEntityManager().createNativeQuery(sql);
        if (!today) {
            query.setParameter("end", date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        if (ids != null) {
            query.setParameter("ids", ids);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(row -> new StateCount((String) row[0], (String) row[1], ((Number) row[2]).longValue())).toList();
    }

    /** How many recommendations have a response and an implementation status. */
    public record StateCount(String response, String implementationStatus, long count) {
    }

    public List<Recommendation> toState(String iso3) {
        return list("stateUnderReview", Sort.by("documentSymbol").and("paragraph").and("recommendationId"), iso3);
    }

    /** The States that received the recommendations the read model knows, alphabetically. */
    public List<String> states() {
        return getEntityManager().createQuery("select distinct r.stateUnderReview from Recommendation r order by r.stateUnderReview",
                String.class).getResultList();
    }

    /** Of the ids given, those the read model knows. */
    public Set<UUID> known(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return getEntityManager().createQuery("select r.recommendationId from Recommendation r where r.recommendationId in :ids",
                        UUID.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toSet());
    }
}
