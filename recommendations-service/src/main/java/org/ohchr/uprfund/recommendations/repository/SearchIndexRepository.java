package org.ohchr.uprfund.recommendations.repository;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.ohchr.uprfund.platform.database.OwnerConnections;
import org.ohchr.uprfund.recommendations.domain.ImportOutcomes;
import org.ohchr.uprfund.recommendations.domain.RowOutcome;

/**
 * The search index of recommendation texts ({@code recommendation_words}, one row per recommendation): the original
 * and each translation analysed by PostgreSQL (words with the language's text search configuration; Chinese as
 * characters and pairs of characters, and as text for its trigram index).
 */
@ApplicationScoped
public class SearchIndexRepository {

    private final EntityManager entityManager;
    private final OwnerConnections ownerConnections;

    SearchIndexRepository(EntityManager entityManager, OwnerConnections ownerConnections) {
        this.entityManager = entityManager;
        this.ownerConnections = ownerConnections;
    }

    /**
     * (Re)indexes the texts of these recommendations, as they are in this transaction: the words of the text in each
     * language (the original or a translation) with that language's configuration, the characters and pairs of characters
     * of the Chinese one, in one row of {@code recommendation_words} per recommendation, with its place in the list order.
     */
    @Transactional(TxType.MANDATORY)
    public void index(List<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        entityManager.flush();
        String array = ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
        entityManager.createNativeQuery("DELETE FROM recommendation_words WHERE recommendation_id = ANY (CAST(:ids AS uuid[]))")
                .setParameter("ids", array).executeUpdate();
        entityManager.createNativeQuery("INSERT INTO recommendation_words (recommendation_id, state_under_review, cycle_key,"
                + " document_symbol, paragraph_sort, language, words_ar, words_en, words_es, words_fr, words_ru, grams, chinese_text)"
                + " SELECT t.id, t.state_under_review, t.cycle_key, t.document_symbol, t.paragraph_sort, t.language,"
                + " to_tsvector('pg_catalog.arabic', t.ar), to_tsvector('pg_catalog.english', t.en),"
                + " to_tsvector('pg_catalog.spanish', t.es), to_tsvector('pg_catalog.french', t.fr), to_tsvector('pg_catalog.russian', t.ru),"
                + " CASE WHEN t.zh IS NOT NULL THEN character_grams(t.zh) END, t.zh"
                + " FROM (SELECT r.id, r.state_under_review, r.cycle_key, r.document_symbol, r.paragraph_sort, r.language,"
                + languageText("ar") + ", " + languageText("en") + ", " + languageText("es") + ", "
                + languageText("fr") + ", " + languageText("ru") + ", " + languageText("zh")
                + "  FROM recommendation r WHERE r.id = ANY (CAST(:ids AS uuid[]))) AS t").setParameter("ids", array).executeUpdate();
    }

    /** The text of the recommendation in that language: its original, or its translation, or null. */
    private static String languageText(String language) {
        return " CASE WHEN r.language = '" + language + "' THEN r.text ELSE r.translations ->> '" + language + "' END AS " + language;
    }

    /**
     * Makes the rest of the transaction find rows by their indexes: right after a bulk import, the planner's statistics
     * still describe the tables as they were before it, and it would scan them whole for each batch.
     */
    @Transactional(TxType.MANDATORY)
    public void preferIndexes() {
        entityManager.createNativeQuery("SET LOCAL enable_seqscan = off").executeUpdate();
    }

    /**
     * Refreshes the planner's statistics of the tables a bulk import and the indexer filled, and marks their pages as
     * visible to all (so that a text query finds the search rows of the words it matched in their index alone): outside
     * any transaction, as VACUUM requires, and as the tables' owner, the only role VACUUM does not skip.
     */
    @Transactional(TxType.NEVER)
    public void vacuum() {
        try (Connection connection = ownerConnections.open(); Statement statement = connection.createStatement()) {
            statement.execute("VACUUM (ANALYZE) recommendation_words");
            statement.execute("VACUUM (ANALYZE) recommendation_search");
            statement.execute("ANALYZE recommendation");
        } catch (SQLException e) {
            throw new IllegalStateException("The search index could not be vacuumed", e);
        }
    }

    /** The next rows of an import to index: the ids of the recommendations they created or updated. */
    public record ImportBatch(UUID importId, int nextRow, boolean last, List<UUID> ids) {
    }

    /**
     * The next {@code rows} rows of the oldest import still to index, locked for this transaction (other indexers take
     * another import); empty when no import waits.
     */
    @Transactional(TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public java.util.Optional<ImportBatch> nextImportBatch(int rows) {
        List<Object[]> pending = entityManager.createNativeQuery("SELECT p.import_id, p.next_row, length(i.outcomes),"
                + " substring(i.outcomes FROM p.next_row + 1 FOR :rows), substring(i.recommendation_ids FROM p.next_row * 16 + 1 FOR :rows * 16)"
                + " FROM search_index_pending_import p JOIN recommendation_import i ON i.id = p.import_id"
                + " ORDER BY i.imported_at, i.id LIMIT 1 FOR UPDATE OF p SKIP LOCKED").setParameter("rows", rows).getResultList();
        if (pending.isEmpty()) {
            return java.util.Optional.empty();
        }
        Object[] row = pending.get(0);
        int from = ((Number) row[1]).intValue();
        int inFile = ((Number) row[2]).intValue();
        byte[] outcomes = (byte[]) row[3];
        byte[] ids = (byte[]) row[4];
        List<UUID> toIndex = new java.util.ArrayList<>();
        for (int i = 0; i < outcomes.length; i++) {
            if (outcomes[i] == RowOutcome.CREATED.code() || outcomes[i] == RowOutcome.UPDATED.code()) {
                toIndex.add(ImportOutcomes.idAt(ids, i));
            }
        }
        return java.util.Optional.of(new ImportBatch((UUID) row[0], from + outcomes.length, from + outcomes.length >= inFile, toIndex));
    }

    /** Records how far an import is indexed, or that it is done. */
    @Transactional(TxType.MANDATORY)
    public void indexedUpTo(ImportBatch batch) {
        if (batch.last()) {
            entityManager.createNativeQuery("DELETE FROM search_index_pending_import WHERE import_id = :id")
                    .setParameter("id", batch.importId()).executeUpdate();
        } else {
            entityManager.createNativeQuery("UPDATE search_index_pending_import SET next_row = :next WHERE import_id = :id")
                    .setParameter("next", batch.nextRow()).setParameter("id", batch.importId()).executeUpdate();
        }
    }

    /** How many rows of imports (created or updated recommendations, and the others among them) wait to be indexed. */
    public long pending() {
        return ((Number) entityManager.createNativeQuery("SELECT coalesce(sum(length(i.outcomes) - p.next_row), 0)"
                + " FROM search_index_pending_import p JOIN recommendation_import i ON i.id = p.import_id").getSingleResult()).longValue();
    }
}
