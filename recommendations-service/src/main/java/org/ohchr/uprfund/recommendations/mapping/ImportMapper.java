package org.ohchr.uprfund.recommendations.mapping;

import java.net.URI;
import java.util.List;

import org.ohchr.uprfund.recommendations.domain.RecommendationImport;

public final class ImportMapper {

    private ImportMapper() {
    }

    public static ImportReport toReport(RecommendationImport done, List<ImportRowResponse> refusedRows, List<ImportRowResponse> updatedRows,
            URI rowsUrl, long awaitingSearchIndex) {
        return new ImportReport(done.id, done.importedAt, done.importedBy, done.rows, done.created, done.updated, done.unchanged,
                done.refused, done.bytes, done.durationMs, refusedRows, updatedRows, rowsUrl, awaitingSearchIndex);
    }
}
