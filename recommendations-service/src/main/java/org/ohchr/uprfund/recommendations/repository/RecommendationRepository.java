package org.ohchr.uprfund.recommendations.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;

import org.hibernate.jpa.HibernateHints;
import org.ohchr.uprfund.platform.paging.Page;
import org.ohchr.uprfund.platform.paging.PageRequest;
import org.ohchr.uprfund.recommendations.domain.NaturalKey;
import org.ohchr.uprfund.recommendations.domain.Recommendation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class RecommendationRepository implements PanacheRepositoryBase<Recommendation, UUID> {

    /** Reads the recommendation and locks its row until the transaction ends, so that changes of it take turns. */
    public Optional<Recommendation> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    @SuppressWarnings("unchecked")
    public Optional<Recommendation> findByNaturalKey(NaturalKey key) {
        List<Recommendation> found = getEntityManager().createNativeQuery("SELECT r.* FROM recommendation r WHERE r.state_under_review = :state"
                + " AND r.cycle_key = :cycle AND r.document_symbol = :symbol AND r.paragraph_sort = :paragraph", Recommendation.class)
                .setParameter("state", key.stateUnderReview()).setParameter("cycle", key.cycleKey())
                .setParameter("symbol", key.documentSymbol()).setParameter("paragraph", key.paragraphSort()).getResultList();
        return found.stream().findFirst();
    }

    /** One page of the recommendations that match the filter, in the list order (State, cycle, document, paragraph). */
    @SuppressWarnings("unchecked")
    public Page<Recommendation> search(RecommendationFilter filter, PageRequest page) {
        RecommendationSql sql = RecommendationSql.of(filter);
        // the page's ids from the search rows alone, then their recommendations
        Query items = getEntityManager().createNativeQuery("SELECT r.* FROM recommendation r JOIN (" + sql.pageOfIds() + ") AS p"
                + " ON p.recommendation_id = r.id" + RecommendationSql.ORDER, Recommendation.class)
                .setHint(HibernateHints.HINT_READ_ONLY, true); // read to be shown: no snapshot for dirty checking
        sql.parameters.forEach(items::setParameter);
        items.setParameter("limit", page.size()).setParameter("offset", page.offset());
        List<Recommendation> found = items.getResultList();
        long total;
        if (page.offset() == 0 && found.size() < page.size()) {
            total = found.size(); // the whole list is on this page: no need to count
        } else {
            Query count = getEntityManager().createNativeQuery(sql.count());
            sql.parameters.forEach(count::setParameter);
            total = ((Number) count.getSingleResult()).longValue();
        }
        return new Page<>(found, page.page(), page.size(), total);
    }

    /**
     * One page of the recommendations whose plans match the filter, in the list order; without a priority or institution
     * filter, recommendations without a plan are listed too.
     */
    @SuppressWarnings("unchecked")
    public Page<Recommendation> withPlans(PlanFilter filter, PageRequest page) {
        RecommendationSql sql = RecommendationSql.of(new RecommendationFilter(null, filter.stateUnderReview(), null, null, filter.cycle(),
                null, null, null, null, null, null, null, null, null, null, filter.status()));
        StringBuilder where = new StringBuilder(sql.where.isEmpty() ? " WHERE true" : sql.where);
        boolean needsPlan = filter.priority() != null || filter.institution() != null;
        if (filter.priority() != null) {
            where.append(" AND p.priority = :priority");
            sql.parameters.put("priority", filter.priority().name());
        }
        if (filter.institution() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM unnest(p.responsible_institutions) AS i WHERE lower(i) LIKE :institution ESCAPE '\\')");
            sql.parameters.put("institution", "%" + filter.institution().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_") + "%");
        }
        String from = sql.from() + (needsPlan ? " JOIN" : " LEFT JOIN") + " implementation_plan p ON p.recommendation_id = r.id";
        Query items = getEntityManager().createNativeQuery("SELECT r.*" + from + where + RecommendationSql.ORDER
                + " LIMIT :limit OFFSET :offset", Recommendation.class);
        sql.parameters.forEach(items::setParameter);
        items.setParameter("limit", page.size()).setParameter("offset", page.offset());
        List<Recommendation> found = items.getResultList();
        Query count = getEntityManager().createNativeQuery("SELECT count(*)" + from + where);
        sql.parameters.forEach(count::setParameter);
        return new Page<>(found, page.page(), page.size(), ((Number) count.getSingleResult()).longValue());
    }
}
