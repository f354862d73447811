package org.ohchr.uprfund.recommendations.mapping;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ohchr.uprfund.platform.classification.Audience;
import org.ohchr.uprfund.platform.classification.Classified;
import org.ohchr.uprfund.platform.classification.VisibleTo;

@Schema(name = "ImportReport", description = "What a CSV import did: counts of its rows by outcome, the first refused and"
        + " updated rows, and where to read every row's outcome")
public record ImportReport(
        UUID id,
        Instant importedAt,
        @Classified(Audience.RECOMMENDATION_STAFF)
        @Schema(description = "Who imported the file. " + VisibleTo.RECOMMENDATION_STAFF) String importedBy,
        @Schema(description = "Rows of data: the header and blank lines not counted", examples = "10000") int rows,
        @Schema(examples = "9990") int created,
        @Schema(examples = "0") int updated,
        @Schema(examples = "0") int unchanged,
        @Schema(examples = "10") int refused,
        @Schema(description = "Size of the file", examples = "4182737") long bytes,
        @Schema(examples = "3120") long durationMs,
        @Schema(description = "The first " + ImportReport.SHOWN + " refused rows, with their problems") List<ImportRowResponse> refusedRows,
        @Schema(description = "The first " + ImportReport.SHOWN + " updated rows, with their changed fields") List<ImportRowResponse> updatedRows,
        @Schema(description = "Every row's outcome, page by page") URI rowsUrl,
        @Schema(description = "Recommendations (of any import) whose texts the search indexer has still to index: q finds them"
                + " once it has", examples = "0") long awaitingSearchIndex) {

    public static final int SHOWN = 100;
}
