package org.ohchr.uprfund.recommendations.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.ohchr.uprfund.platform.paging.Page;
import org.ohchr.uprfund.platform.paging.PageRequest;
import org.ohchr.uprfund.platform.problem.Problem;
import org.ohchr.uprfund.platform.problem.ResourceNotFoundException;
import org.ohchr.uprfund.recommendations.domain.ImportOutcomes;
import org.ohchr.uprfund.recommendations.domain.ImportRowDetail;
import org.ohchr.uprfund.recommendations.domain.RecommendationImport;
import org.ohchr.uprfund.recommendations.domain.RowOutcome;
import org.ohchr.uprfund.recommendations.mapping.ImportRowResponse;
import org.ohchr.uprfund.recommendations.repository.ImportRepository;
import org.ohchr.uprfund.recommendations.repository.SearchIndexRepository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What past imports did: their counts, and each row's outcome, page by page. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class ImportReportService {

    private final ImportRepository imports;
    private final SearchIndexRepository searchIndex;
    private final ObjectMapper json;

    ImportReportService(ImportRepository imports, SearchIndexRepository searchIndex, ObjectMapper json) {
        this.imports = imports;
        this.searchIndex = searchIndex;
        this.json = json;
    }

    public Optional<RecommendationImport> findById(UUID id) {
        return imports.findByIdOptional(id);
    }

    public Page<RecommendationImport> list(PageRequest page) {
        return imports.latestFirst(page);
    }

    /** The first refused or updated rows of an import, with their details. */
    public List<ImportRowResponse> first(RecommendationImport done, RowOutcome outcome, int limit) {
        return imports.firstDetails(done.id, outcome, limit).stream()
                .map(detail -> row(detail, ImportOutcomes.idAt(done.recommendationIds, detail.rowNumber - 2))).toList();
    }

    /** Every row's outcome, in file order, optionally only those of one outcome. */
    public Page<ImportRowResponse> rows(UUID importId, RowOutcome only, PageRequest page) {
        RecommendationImport found = imports.findByIdOptional(importId).orElseThrow(() -> ResourceNotFoundException.of("import", importId));
        byte[] outcomes = found.outcomes;
        List<Integer> matching = new ArrayList<>();
        for (int i = 0; i < outcomes.length; i++) {
            if (outcomes[i] != ImportOutcomes.BLANK && (only == null || outcomes[i] == only.code())) {
                matching.add(i);
            }
        }
        int from = Math.min(page.offset(), matching.size());
        List<Integer> shown = matching.subList(from, Math.min(from + page.size(), matching.size()));
        if (shown.isEmpty()) {
            return new Page<>(List.of(), page.page(), page.size(), matching.size());
        }
        byte[] ids = found.recommendationIds;
        Map<Integer, ImportRowDetail> details = imports.details(importId, shown.get(0) + 2, shown.get(shown.size() - 1) + 2).stream()
                .collect(Collectors.toMap(detail -> detail.rowNumber, Function.identity()));
        List<ImportRowResponse> rows = shown.stream().map(index -> {
            int row = index + 2;
            ImportRowDetail detail = details.get(row);
            RowOutcome outcome = RowOutcome.ofCode(outcomes[index]);
            UUID id = ImportOutcomes.idAt(ids, index);
            return detail == null ? new ImportRowResponse(row, outcome, id, null, null) : row(detail, id);
        }).toList();
        return new Page<>(rows, page.page(), page.size(), matching.size());
    }

    /** Recommendations waiting for the search indexer. */
    public long awaitingSearchIndex() {
        return searchIndex.pending();
    }

    private ImportRowResponse row(ImportRowDetail detail, UUID id) {
        try {
            Problem problem = detail.problem == null ? null : json.readValue(detail.problem, Problem.class);
            return new ImportRowResponse(detail.rowNumber, detail.outcome, id,
                    detail.changedFields == null ? null : Arrays.asList(detail.changedFields), problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored problem is not JSON", e);
        }
    }
}
