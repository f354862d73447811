package org.ohchr.uprfund.gateway.repository;

import java.time.Instant;
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

    /** Every recommendation recorded by the end of {@code date}, with its response and implementation status then. */
    public List<RecommendationAt> at(LocalDate date) {
        Instant end = date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                SELECT r.recommendation_id, r.state_under_review, s.response, s.implementation_status
                FROM fund_recommendation r
                JOIN LATERAL (SELECT st.response, st.implementation_status FROM fund_recommendation_state st
                    WHERE st.recommendation_id = r.recommendation_id AND st.changed_at < :end
                    ORDER BY st.seq DESC LIMIT 1) s ON true
                ORDER BY r.recommendation_id""")
                .setParameter("end", end)
                .getResultList();
        return rows.stream().map(row -> new RecommendationAt((UUID) row[0], ((String) row[1]).strip(), (String) row[2],
                (String) row[3])).toList();
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

    /** A recommendation as it stood at a date. */
    public record RecommendationAt(UUID recommendationId, String stateUnderReview, String response, String implementationStatus) {
    }
}
