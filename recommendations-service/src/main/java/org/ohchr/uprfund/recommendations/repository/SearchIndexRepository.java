package org.ohchr.uprfund.recommendations.repository;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * The search index of recommendation texts ({@code recommendation_text_search}): one row per text, the original and
 * each translation, analysed by PostgreSQL (words with the language's text search configuration; Chinese as characters
 * and pairs of characters, and as text for its trigram index).
 */
@ApplicationScoped
public class SearchIndexRepository {

    private final EntityManager entityManager;

    SearchIndexRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** (Re)indexes the texts of these recommendations, as they are in this transaction, and takes them off the queue. */
    @Transactional(TxType.MANDATORY)
    public void index(List<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        entityManager.flush();
        String array = ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
        entityManager.createNativeQuery("DELETE FROM recommendation_text_search WHERE recommendation_id = ANY (CAST(:ids AS uuid[]))")
                .setParameter("ids", array).executeUpdate();
        entityManager.createNativeQuery("INSERT INTO recommendation_text_search (recommendation_id, language, original, words, grams,"
                + " chinese_text)"
                + " SELECT r.id, t.language, t.original,"
                + "  CASE WHEN t.language <> 'zh' THEN to_tsvector(text_search_configuration(t.language), t.content) END,"
                + "  CASE WHEN t.language = 'zh' THEN character_grams(t.content) END,"
                + "  CASE WHEN t.language = 'zh' THEN t.content END"
                + " FROM recommendation r CROSS JOIN LATERAL ("
                + "  SELECT r.language, true, r.text UNION ALL SELECT key, false, value FROM jsonb_each_text(r.translations)"
                + " ) AS t (language, original, content)"
                + " WHERE r.id = ANY (CAST(:ids AS uuid[]))").setParameter("ids", array).executeUpdate();
        entityManager.createNativeQuery("DELETE FROM search_index_pending WHERE recommendation_id = ANY (CAST(:ids AS uuid[]))")
                .setParameter("ids", array).executeUpdate();
    }

    /** Up to {@code limit} recommendations waiting to be indexed, locked for this transaction (other indexers skip them). */
    @Transactional(TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<UUID> takePending(int limit) {
        return entityManager.createNativeQuery("SELECT recommendation_id FROM search_index_pending ORDER BY recommendation_id"
                + " LIMIT :limit FOR UPDATE SKIP LOCKED", UUID.class).setParameter("limit", limit).getResultList();
    }

    /** How many recommendations wait to be indexed. */
    public long pending() {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM search_index_pending").getSingleResult()).longValue();
    }
}
