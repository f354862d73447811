package org.ohchr.uprfund.recommendations.service;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.jboss.logging.Logger;
import org.ohchr.uprfund.platform.outbox.FundEvent;
import org.ohchr.uprfund.platform.outbox.EventOutbox;
import org.ohchr.uprfund.platform.problem.InvalidFieldException;
import org.ohchr.uprfund.platform.problem.Problem;
import org.ohchr.uprfund.platform.problem.ProblemType;
import org.ohchr.uprfund.recommendations.config.RecommendationsConfig;
import org.ohchr.uprfund.recommendations.domain.FieldProblem;
import org.ohchr.uprfund.recommendations.domain.ImplementationStatus;
import org.ohchr.uprfund.recommendations.domain.ImportOutcomes;
import org.ohchr.uprfund.recommendations.domain.InvalidRecommendationException;
import org.ohchr.uprfund.recommendations.domain.NaturalKey;
import org.ohchr.uprfund.recommendations.domain.RecommendationContent;
import org.ohchr.uprfund.recommendations.domain.RecommendationImport;
import org.ohchr.uprfund.recommendations.domain.RecommendationRules;
import org.ohchr.uprfund.recommendations.domain.RowOutcome;
import org.ohchr.uprfund.recommendations.event.RecommendationRecorded;
import org.ohchr.uprfund.recommendations.event.RecommendationRevised;
import org.ohchr.uprfund.recommendations.event.ResponseRecorded;
import org.ohchr.uprfund.recommendations.mapping.CsvFormatException;
import org.ohchr.uprfund.recommendations.mapping.CsvHeader;
import org.ohchr.uprfund.recommendations.mapping.CsvReader;
import org.ohchr.uprfund.recommendations.mapping.CsvRecord;
import org.ohchr.uprfund.recommendations.mapping.CsvRows;
import org.ohchr.uprfund.recommendations.repository.ImportWriter;
import org.ohchr.uprfund.recommendations.repository.ImportWriter.Creation;
import org.ohchr.uprfund.recommendations.repository.ImportWriter.KeyedRow;
import org.ohchr.uprfund.recommendations.repository.ImportWriter.Revision;
import org.ohchr.uprfund.recommendations.repository.ImportWriter.RowDetail;
import org.ohchr.uprfund.recommendations.repository.StoredRecommendation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Imports recommendations from a CSV file, streamed: rows are read, checked and written in batches (one lookup of the
 * batch's keys, one COPY of its new recommendations and one of its events), so that memory stays bounded whatever the
 * file's length. Each row is matched on its natural key (State, cycle, document, paragraph): it creates a
 * recommendation, updates one (publishing RecommendationRevised, and ResponseRecorded when the response changed) or
 * leaves it unchanged; a row that breaks the rules, or repeats the key of an earlier row, is refused and the others are
 * imported. A file that cannot be read as a whole (its header, its encoding, a cell beyond the limits) imports nothing.
 * <p>
 * The import is one transaction, with a timeout of its own ({@code fund.recommendations.import.timeout}, not the 60 s
 * of a request); imports take turns. The texts it wrote are indexed for search after its commit, by the
 * {@link SearchIndexer}.
 */
@ApplicationScoped
public class RecommendationImportService {

    private static final Logger LOG = Logger.getLogger(RecommendationImportService.class);

    public static final String PATH = "/api/recommendations/import";
    /** A cell longer than a recommendation's text may be is refused at once (the whole file), before it is held. */
    static final int MAX_CELL_LENGTH = RecommendationRules.MAX_TEXT_LENGTH;
    /** More cells than this in a row is no recommendations file. */
    static final int MAX_CELLS = 64;

    private final ImportWriter writer;
    private final ObjectMapper json;
    private final RecommendationsConfig config;
    private final EventOutbox outbox;
    private final SearchIndexer indexer;

    RecommendationImportService(ImportWriter writer, ObjectMapper json, RecommendationsConfig config, EventOutbox outbox,
            SearchIndexer indexer) {
        this.writer = writer;
        this.json = json;
        this.config = config;
        this.outbox = outbox;
        this.indexer = indexer;
    }

    /**
     * Imports the file.
     *
     * @throws InvalidFieldException when the file cannot be read (naming the row and column, or "header")
     * @throws InvalidRecommendationException listing the header's problems
     */
    @Transactional(TxType.NEVER)
    public RecommendationImport importCsv(InputStream body, String importedBy) {
        return QuarkusTransaction.requiringNew().timeout(Math.toIntExact(config.importing().timeout().toSeconds()))
                .call(() -> run(new CountingStream(body), importedBy));
    }

    private RecommendationImport run(CountingStream body, String importedBy) {
        long started = System.nanoTime();
        Instant now = Instant.now();
        UUID importId = UUID.randomUUID();
        ImportOutcomes outcomes = new ImportOutcomes();
        ImportTimings timings = new ImportTimings();
        try (ImportWriter.Session session = writer.open()) {
            session.takeTurn();
            session.begin(importId, now, importedBy);
            CsvHeader header = null;
            try {
                CsvReader reader = new CsvReader(body, MAX_CELL_LENGTH, MAX_CELLS);
                CsvRecord first = reader.next();
                if (first == null) {
                    throw new InvalidFieldException("header", "the file is empty: its first row must name the columns");
                }
                List<FieldProblem> problems = new ArrayList<>();
                header = CsvHeader.read(first.cells(), problems);
                if (!problems.isEmpty()) {
                    throw new InvalidRecommendationException(problems);
                }
                Batch batch = new Batch(session, importId, outcomes, importedBy, now, timings);
                CsvRecord record;
                while ((record = timings.time("reading", reader::next)) != null) {
                    CsvRecord read = record;
                    CsvHeader columns = header;
                    timings.time("checking", () -> batch.add(columns, read));
                    if (batch.size() >= config.importing().batchSize()) {
                        batch.flush();
                    }
                }
                batch.flush();
            } catch (CsvFormatException e) {
                String column = e.column() < 0 || header == null ? (e.column() < 0 ? "file" : "column " + (e.column() + 1))
                        : header.nameAt(e.column());
                throw new InvalidFieldException(column, "row " + e.row() + ": " + e.getMessage());
            }
            RecommendationImport done = new RecommendationImport();
            done.id = importId;
            done.importedAt = now;
            done.importedBy = importedBy;
            done.rows = outcomes.rows();
            done.created = outcomes.count(RowOutcome.CREATED);
            done.updated = outcomes.count(RowOutcome.UPDATED);
            done.unchanged = outcomes.count(RowOutcome.UNCHANGED);
            done.refused = outcomes.count(RowOutcome.REFUSED);
            done.bytes = body.count;
            done.durationMs = (System.nanoTime() - started) / 1_000_000;
            done.outcomes = outcomes.outcomeBytes();
            done.recommendationIds = outcomes.idBytes();
            session.finish(done);
            if (done.created + done.updated > 0) {
                session.queueForSearchIndex(importId);
                indexer.wakeOnCommit();
            }
            LOG.infof("Import %s: %d rows (%d created, %d updated, %d unchanged, %d refused), %d bytes, in %d ms: %s", importId, done.rows,
                    done.created, done.updated, done.unchanged, done.refused, done.bytes, done.durationMs, timings);
            return done;
        }
    }

    /** The rows of one batch, checked, waiting to be written together. */
    private final class Batch {

        private final ImportWriter.Session session;
        private final UUID importId;
        private final ImportOutcomes outcomes;
        private final String importedBy;
        private final Instant now;
        private final List<Checked> rows = new ArrayList<>();
        private final List<RowDetail> refusals = new ArrayList<>();
        /** Rows in file order, refused or not, so that outcomes are recorded in order. */
        private final List<Object> order = new ArrayList<>();
        private final ImportTimings timings;

        Batch(ImportWriter.Session session, UUID importId, ImportOutcomes outcomes, String importedBy, Instant now, ImportTimings timings) {
            this.timings = timings;
            this.session = session;
            this.importId = importId;
            this.outcomes = outcomes;
            this.importedBy = importedBy;
            this.now = now;
        }

        int size() {
            return order.size();
        }

        void add(CsvHeader header, CsvRecord record) {
            CsvRows.Parsed parsed = CsvRows.parse(header, record.cells());
            List<FieldProblem> problems = new ArrayList<>(parsed.problems());
            RecommendationContent content = null;
            if (parsed.draft() != null) {
                try {
                    content = RecommendationRules.check(parsed.draft());
                } catch (InvalidRecommendationException e) {
                    Set<String> named = new HashSet<>();
                    problems.forEach(problem -> named.add(problem.field()));
                    for (FieldProblem problem : e.problems()) {
                        FieldProblem inColumns = CsvRows.inColumns(problem);
                        if (!named.contains(inColumns.field())) {
                            problems.add(inColumns);
                        }
                    }
                }
            }
            if (!problems.isEmpty()) {
                refuse(record.row(), problems);
                return;
            }
            Checked checked = new Checked(record.row(), content, parsed.initialStatus());
            rows.add(checked);
            order.add(checked);
        }

        void flush() {
            List<KeyedRow> keyed = rows.stream().map(row -> new KeyedRow(row.content.naturalKey(), row.row)).toList();
            Map<Integer, Integer> repeats = timings.time("repeated keys", () -> session.earlierRowsWithTheKeysOf(keyed));
            List<Checked> unique = new ArrayList<>();
            for (Checked row : rows) {
                Integer earlier = repeats.get(row.row);
                if (earlier != null) {
                    row.refusedAsRepeat = true;
                    refusals.add(detail(row.row, List.of(new FieldProblem("row", "has the State under review, cycle, document symbol and"
                            + " paragraph of row " + earlier + ": a file lists each recommendation once"))));
                } else {
                    unique.add(row);
                }
            }
            Map<NaturalKey, StoredRecommendation> existing = timings.time("looking up", () -> session.existing(unique.stream()
                    .map(row -> row.content.naturalKey()).toList()));
            List<Creation> creations = new ArrayList<>();
            List<Revision> revisions = new ArrayList<>();
            List<FundEvent> events = new ArrayList<>();
            List<RowDetail> updates = new ArrayList<>();
            timings.time("comparing", () -> compare(unique, existing, creations, revisions, events, updates));
            timings.time("writing recommendations", () -> {
                session.create(creations, importedBy, now);
                session.revise(revisions, importedBy, now);
            });
            timings.time("writing events", () -> outbox.recordAll(events));
            List<RowDetail> details = new ArrayList<>(refusals);
            details.addAll(updates);
            timings.time("writing details", () -> session.details(importId, details));
            for (Object entry : order) {
                if (entry instanceof Checked row) {
                    outcomes.set(row.row, row.refusedAsRepeat ? RowOutcome.REFUSED : row.outcome, row.refusedAsRepeat ? null : row.id);
                } else {
                    outcomes.set((Integer) entry, RowOutcome.REFUSED, null);
                }
            }
            rows.clear();
            refusals.clear();
            order.clear();
        }

        private void compare(List<Checked> unique, Map<NaturalKey, StoredRecommendation> existing, List<Creation> creations,
                List<Revision> revisions, List<FundEvent> events, List<RowDetail> updates) {
            for (Checked row : unique) {
                StoredRecommendation stored = existing.get(row.content.naturalKey());
                if (stored == null) {
                    row.id = UUID.randomUUID();
                    row.outcome = RowOutcome.CREATED;
                    creations.add(new Creation(row.id, row.content, row.initialStatus));
                    events.add(RecommendationRecorded.of(row.id, row.content, row.initialStatus, importedBy, now));
                    continue;
                }
                row.id = stored.id();
                List<String> changed = row.content.changedFrom(stored.content());
                if (changed.isEmpty()) {
                    row.outcome = RowOutcome.UNCHANGED;
                    continue;
                }
                row.outcome = RowOutcome.UPDATED;
                revisions.add(new Revision(stored.id(), row.content));
                if (RecommendationContent.isPublished(changed)) {
                    events.add(RecommendationRevised.of(stored.id(), row.content, stored.status(), changed, importedBy, now));
                }
                if (changed.contains("response")) {
                    events.add(ResponseRecorded.of(stored.id(), row.content.stateUnderReview(), stored.content().response(),
                            row.content.response(), importedBy, now));
                }
                updates.add(new RowDetail(row.row, RowOutcome.UPDATED.name(), changed, null));
            }
        }

        private void refuse(int row, List<FieldProblem> problems) {
            refusals.add(detail(row, problems));
            order.add(row);
        }

        private RowDetail detail(int row, List<FieldProblem> problems) {
            Problem problem = new Problem(ProblemType.VALIDATION_FAILED.uri(), ProblemType.VALIDATION_FAILED.title(), 400,
                    "Row " + row + " is refused: " + problems.size() + (problems.size() == 1 ? " problem" : " problems"), PATH,
                    problems.stream().map(p -> new Problem.Violation(p.field(), p.message())).toList(), null);
            try {
                return new RowDetail(row, RowOutcome.REFUSED.name(), null, json.writeValueAsString(problem));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("A row's problem cannot be written as JSON", e);
            }
        }
    }

    /** A row that passed the rules, and what became of it. */
    private static final class Checked {

        final int row;
        final RecommendationContent content;
        final ImplementationStatus initialStatus;
        UUID id;
        RowOutcome outcome;
        boolean refusedAsRepeat;

        Checked(int row, RecommendationContent content, ImplementationStatus initialStatus) {
            this.row = row;
            this.content = content;
            this.initialStatus = initialStatus;
        }
    }

    /** Counts the bytes of the file as they are read. */
    private static final class CountingStream extends FilterInputStream {

        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
