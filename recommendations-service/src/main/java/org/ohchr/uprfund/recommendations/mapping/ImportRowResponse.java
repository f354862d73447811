package org.ohchr.uprfund.recommendations.mapping;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ohchr.uprfund.platform.problem.Problem;
import org.ohchr.uprfund.recommendations.domain.RowOutcome;

@Schema(name = "ImportRow", description = "What an import did with one row of its file")
public record ImportRowResponse(
        @Schema(description = "The row, as a spreadsheet numbers it: the header is row 1", examples = "17") int row,
        RowOutcome outcome,
        @Schema(description = "The recommendation the row created, updated or left unchanged; null when refused", nullable = true)
        UUID recommendationId,
        @Schema(description = "For an updated row: the properties that changed; null otherwise", nullable = true,
                examples = "[\"response\", \"sdgTargets\"]")
        List<String> changedFields,
        @Schema(description = "For a refused row: why, as a problem whose violations name the columns; null otherwise",
                nullable = true) Problem problem) {
}
