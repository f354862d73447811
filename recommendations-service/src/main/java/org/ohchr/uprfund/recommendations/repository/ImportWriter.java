package org.ohchr.uprfund.recommendations.repository;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.ohchr.uprfund.platform.database.CopyRows;
import org.ohchr.uprfund.platform.problem.ConflictException;
import org.ohchr.uprfund.recommendations.domain.Facets;
import org.ohchr.uprfund.recommendations.domain.ImplementationStatus;
import org.ohchr.uprfund.recommendations.domain.NaturalKey;
import org.ohchr.uprfund.recommendations.domain.RecommendationContent;
import org.ohchr.uprfund.recommendations.domain.RecommendationImport;
import org.ohchr.uprfund.recommendations.domain.Translations;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * The writes of a CSV import, in batches, on the connection of the import's transaction: recommendations through
 * PostgreSQL's COPY (their events go through the platform's outbox, which writes a batch of them the same way), lookups
 * of a whole batch by natural key in one query. An import writes thousands of rows a second this way, where one INSERT
 * per row (and per event) would take a round trip each.
 */
@ApplicationScoped
public class ImportWriter {

    private static final String RECOMMENDATION_COLUMNS = "id, state_under_review, recommending_states, mechanism, cycle, session,"
            + " document_symbol, paragraph, paragraph_sort, language, text, translations, response, action_category, themes,"
            + " affected_persons, sdg_goals, sdg_targets, implementation_status, note, facet_keys, recorded_at, recorded_by, version";

    private static final String UNIQUE_VIOLATION = "23505";
    /** Arbitrary constant naming the imports' lock in {@code pg_advisory_xact_lock}. */
    private static final long IMPORT_LOCK = 0x1E_C0_1A_B0L;

    private final DataSource dataSource;

    ImportWriter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The writes of one import, on the current transaction's connection; close it when the import is done. */
    @Transactional(TxType.MANDATORY)
    public Session open() {
        try {
            Connection connection = dataSource.getConnection();
            try (Statement statement = connection.createStatement()) {
                // Every statement of an import finds rows by key. The planner's statistics lag far behind a table that
                // an import fills (empty when last analysed, thousands of rows now): it would scan whole tables.
                statement.execute("SET LOCAL enable_seqscan = off");
                // The natural keys of the rows imported so far, by digest (a UUID of their MD5: 16 bytes a row, however long
                // the key), to find a row that repeats an earlier one in bounded memory.
                statement.execute("CREATE TEMP TABLE import_key (digest UUID PRIMARY KEY, row_number INTEGER NOT NULL) ON COMMIT DROP");
            }
            return new Session(connection, connection.unwrap(PGConnection.class).getCopyAPI());
        } catch (SQLException e) {
            throw new IllegalStateException("The import could not start its writes", e);
        }
    }

    /** A row of the file that creates a recommendation. */
    public record Creation(UUID id, RecommendationContent content, ImplementationStatus status) {
    }

    /** A row of the file that revises a recommendation. */
    public record Revision(UUID id, RecommendationContent content) {
    }

    /** A row's key and number, to find repeats within the file. */
    public record KeyedRow(NaturalKey key, int row) {
    }

    /** The writes of one import. */
    public final class Session implements AutoCloseable {

        private final Connection connection;
        private final CopyManager copy;

        private Session(Connection connection, CopyManager copy) {
            this.connection = connection;
            this.copy = copy;
        }

        /** Waits for any other import to end, then holds the imports' lock until this one ends: imports take turns. */
        public void takeTurn() {
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, IMPORT_LOCK);
                lock.executeQuery().close();
            } catch (SQLException e) {
                throw failed("wait for its turn", e);
            }
        }

        /** Starts the import's record, which the details of its rows refer to; {@link #finish} completes it. */
        public void begin(UUID importId, Instant importedAt, String importedBy) {
            update("INSERT INTO recommendation_import (id, imported_at, imported_by, rows, created, updated, unchanged, refused, bytes,"
                    + " duration_ms, outcomes, recommendation_ids) VALUES (?, ?, ?, 0, 0, 0, 0, 0, 0, 0, '', '')",
                    importId, Timestamp.from(importedAt), importedBy);
        }

        public void finish(RecommendationImport done) {
            update("UPDATE recommendation_import SET rows = ?, created = ?, updated = ?, unchanged = ?, refused = ?, bytes = ?,"
                    + " duration_ms = ?, outcomes = ?, recommendation_ids = ? WHERE id = ?", done.rows, done.created, done.updated,
                    done.unchanged, done.refused, done.bytes, done.durationMs, done.outcomes, done.recommendationIds, done.id);
        }

        /**
         * Remembers the keys of these rows for the rest of the import, and returns, for each row whose key an earlier row
         * of the file has, that earlier row's number.
         */
        public Map<Integer, Integer> earlierRowsWithTheKeysOf(List<KeyedRow> rows) {
            Map<Integer, Integer> repeats = new HashMap<>();
            if (rows.isEmpty()) {
                return repeats;
            }
            Set<Integer> inserted = new HashSet<>();
            UUID[] digests = rows.stream().map(row -> digest(row.key())).toArray(UUID[]::new);
            String sql = "INSERT INTO import_key SELECT * FROM unnest(?::uuid[], ?::int[]) ON CONFLICT DO NOTHING RETURNING row_number";
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                insert.setArray(1, connection.createArrayOf("uuid", digests));
                insert.setArray(2, connection.createArrayOf("int4", rows.stream().map(KeyedRow::row).toArray()));
                try (ResultSet result = insert.executeQuery()) {
                    while (result.next()) {
                        inserted.add(result.getInt(1));
                    }
                }
                if (inserted.size() < rows.size()) {
                    try (PreparedStatement first = connection.prepareStatement("SELECT row_number FROM import_key WHERE digest = ?")) {
                        for (int i = 0; i < rows.size(); i++) {
                            if (!inserted.contains(rows.get(i).row())) {
                                first.setObject(1, digests[i]);
                                try (ResultSet found = first.executeQuery()) {
                                    found.next();
                                    repeats.put(rows.get(i).row(), found.getInt(1));
                                }
                            }
                        }
                    }
                }
            } catch (SQLException e) {
                throw failed("look for repeated keys", e);
            }
            return repeats;
        }

        /** The recommendations that have these keys, locked until the import ends. */
        public Map<NaturalKey, StoredRecommendation> existing(List<NaturalKey> keys) {
            Map<NaturalKey, StoredRecommendation> found = new HashMap<>();
            if (keys.isEmpty()) {
                return found;
            }
            String sql = "SELECT " + StoredRows.COLUMNS
                    + " FROM recommendation r JOIN unnest(?::text[], ?::int[], ?::text[], ?::text[]) AS k (s, c, d, p)"
                    + " ON r.state_under_review = k.s AND r.cycle_key = k.c AND r.document_symbol = k.d AND r.paragraph_sort = k.p"
                    + " FOR UPDATE OF r";
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                bindKeys(select, keys);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        StoredRecommendation stored = StoredRows.read(row);
                        found.put(stored.content().naturalKey(), stored);
                    }
                }
            } catch (SQLException e) {
                throw failed("look up the recommendations of a batch", e);
            }
            return found;
        }

        /** Writes new recommendations, by COPY, row by row as they are encoded (the database works on them meanwhile). */
        public void create(List<Creation> creations, String recordedBy, Instant recordedAt) {
            if (creations.isEmpty()) {
                return;
            }
            String at = recordedAt.toString();
            try (CopyRows rows = new CopyRows(copyIn("COPY recommendation (" + RECOMMENDATION_COLUMNS + ") FROM STDIN"))) {
                for (Creation creation : creations) {
                    RecommendationContent content = creation.content();
                    rows.value(creation.id()).value(content.stateUnderReview()).array(content.recommendingStates())
                            .value(content.mechanism().name()).value(content.cycle()).value(content.session()).value(content.documentSymbol())
                            .value(content.paragraph().text()).value(content.paragraph().sortKey()).value(content.language().tag())
                            .value(content.text()).value(Translations.toJson(content.translations())).value(content.response().name())
                            .value(content.actionCategory()).array(content.themes()).array(content.affectedPersons())
                            .array(content.sdgGoals()).array(content.sdgTargets()).value(creation.status().name()).value(content.note())
                            .array(Arrays.asList(Facets.keys(content))).value(at).value(recordedBy).value(0);
                    rows.endRow();
                }
                rows.end();
            } catch (SQLException e) {
                throw copyFailed(e);
            }
        }

        /** Writes revised recommendations: their content, a new version, who revised them and when. */
        public void revise(List<Revision> revisions, String revisedBy, Instant revisedAt) {
            if (revisions.isEmpty()) {
                return;
            }
            String sql = "UPDATE recommendation SET recommending_states = ?, mechanism = ?, session = ?, language = ?, text = ?,"
                    + " translations = ?::jsonb, response = ?, action_category = ?, themes = ?, affected_persons = ?, sdg_goals = ?,"
                    + " sdg_targets = ?, note = ?, facet_keys = ?, revised_at = ?, revised_by = ?, version = version + 1 WHERE id = ?";
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                for (Revision revision : revisions) {
                    RecommendationContent content = revision.content();
                    update.setArray(1, connection.createArrayOf("varchar", content.recommendingStates().toArray()));
                    update.setString(2, content.mechanism().name());
                    update.setString(3, content.session());
                    update.setString(4, content.language().tag());
                    update.setString(5, content.text());
                    update.setString(6, Translations.toJson(content.translations()));
                    update.setString(7, content.response().name());
                    update.setObject(8, content.actionCategory(), java.sql.Types.INTEGER);
                    update.setArray(9, connection.createArrayOf("varchar", content.themes().stream().map(Enum::name).toArray()));
                    update.setArray(10, connection.createArrayOf("varchar", content.affectedPersons().stream().map(Enum::name).toArray()));
                    update.setArray(11, connection.createArrayOf("int4", content.sdgGoals().toArray()));
                    update.setArray(12, connection.createArrayOf("varchar", content.sdgTargets().toArray()));
                    update.setString(13, content.note());
                    update.setArray(14, connection.createArrayOf("int8", Facets.keys(content)));
                    update.setTimestamp(15, Timestamp.from(revisedAt));
                    update.setString(16, revisedBy);
                    update.setObject(17, revision.id());
                    update.addBatch();
                }
                update.executeBatch();
            } catch (SQLException e) {
                throw failed("write revised recommendations", e);
            }
        }

        /** Leaves the texts the import created or changed to the search indexer, which reads them from the import's record. */
        public void queueForSearchIndex(UUID importId) {
            update("INSERT INTO search_index_pending_import (import_id) VALUES (?)", importId);
        }

        /** What the import changed in an updated row, or why it refused a row (a problem, as JSON). */
        public void details(UUID importId, List<RowDetail> details) {
            if (details.isEmpty()) {
                return;
            }
            String sql = "INSERT INTO import_row_detail (import_id, row_number, outcome, changed_fields, problem) VALUES (?, ?, ?, ?, ?::jsonb)";
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                for (RowDetail detail : details) {
                    insert.setObject(1, importId);
                    insert.setInt(2, detail.row());
                    insert.setString(3, detail.outcome());
                    insert.setArray(4, detail.changedFields() == null ? null
                            : connection.createArrayOf("varchar", detail.changedFields().toArray()));
                    insert.setString(5, detail.problemJson());
                    insert.addBatch();
                }
                insert.executeBatch();
            } catch (SQLException e) {
                throw failed("write the details of rows", e);
            }
        }

        @Override
        public void close() {
            try {
                connection.close();
            } catch (SQLException e) {
                throw failed("release its connection", e);
            }
        }

        private void bindKeys(PreparedStatement statement, List<NaturalKey> keys) throws SQLException {
            statement.setArray(1, connection.createArrayOf("text", keys.stream().map(NaturalKey::stateUnderReview).toArray()));
            statement.setArray(2, connection.createArrayOf("int4", keys.stream().map(NaturalKey::cycleKey).toArray()));
            statement.setArray(3, connection.createArrayOf("text", keys.stream().map(NaturalKey::documentSymbol).toArray()));
            statement.setArray(4, connection.createArrayOf("text", keys.stream().map(NaturalKey::paragraphSort).toArray()));
        }

        private CopyIn copyIn(String sql) {
            try {
                return copy.copyIn(sql);
            } catch (SQLException e) {
                throw failed("start copying rows into the database", e);
            }
        }

        private RuntimeException copyFailed(SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return new ConflictException("A recommendation of this file was recorded by another request while the file was"
                        + " being imported; nothing was imported: import the file again");
            }
            return failed("copy rows into the database", e);
        }

        private void update(String sql, Object... parameters) {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                statement.executeUpdate();
            } catch (SQLException e) {
                throw failed("write its record", e);
            }
        }
    }

    /** The detail of one row: changed fields (updated) or a problem as JSON (refused). */
    public record RowDetail(int row, String outcome, List<String> changedFields, String problemJson) {
    }

    private static UUID digest(NaturalKey key) {
        return UUID.nameUUIDFromBytes((key.stateUnderReview() + '\u0000' + key.cycleKey() + '\u0000' + key.documentSymbol() + '\u0000'
                + key.paragraphSort()).getBytes(StandardCharsets.UTF_8));
    }

    private static IllegalStateException failed(String what, Exception e) {
        return new IllegalStateException("The import could not " + what, e);
    }
}
