package org.ohchr.uprfund.recommendations.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.ohchr.uprfund.platform.paging.Page;
import org.ohchr.uprfund.platform.paging.PageRequest;
import org.ohchr.uprfund.recommendations.domain.ImportRowDetail;
import org.ohchr.uprfund.recommendations.domain.RecommendationImport;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ImportRepository implements PanacheRepositoryBase<RecommendationImport, UUID> {

    /** Imports, the latest first. */
    public Page<RecommendationImport> latestFirst(PageRequest page) {
        return Page.of(find("order by importedAt desc, id"), page);
    }

    /** The details (changed fields, problems) of the import's rows from {@code firstRow} to {@code lastRow}, in row order. */
    public List<ImportRowDetail> details(UUID importId, int firstRow, int lastRow) {
        return getEntityManager().createQuery("from ImportRowDetail d where d.importId = :id and d.rowNumber between :first and :last"
                + " order by d.rowNumber", ImportRowDetail.class)
                .setParameter("id", importId).setParameter("first", firstRow).setParameter("last", lastRow).getResultList();
    }

    /** The first {@code limit} details of one outcome, in row order. */
    public List<ImportRowDetail> firstDetails(UUID importId, org.ohchr.uprfund.recommendations.domain.RowOutcome outcome, int limit) {
        return getEntityManager().createQuery("from ImportRowDetail d where d.importId = :id and d.outcome = :outcome"
                + " order by d.rowNumber", ImportRowDetail.class)
                .setParameter("id", importId).setParameter("outcome", outcome).setMaxResults(limit).getResultList();
    }

    /** Bytes {@code from} (0-based) to {@code from + length} of the import's outcomes, without loading the rest. */
    public byte[] outcomes(UUID importId, int from, int length) {
        return (byte[]) getEntityManager().createNativeQuery("SELECT substring(outcomes FROM :start FOR :length) FROM recommendation_import"
                + " WHERE id = :id").setParameter("start", from + 1).setParameter("length", length).setParameter("id", importId)
                .getSingleResult();
    }

    /** Bytes of the ids of rows {@code from} (0-based) to {@code from + count}. */
    public byte[] recommendationIds(UUID importId, int from, int count) {
        return (byte[]) getEntityManager().createNativeQuery("SELECT substring(recommendation_ids FROM :start FOR :length)"
                + " FROM recommendation_import WHERE id = :id").setParameter("start", from * 16 + 1).setParameter("length", count * 16)
                .setParameter("id", importId).getSingleResult();
    }
}
