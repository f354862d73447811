package org.ohchr.uprfund.contributions.mapping;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AccountingYears", description = "How far the books are closed, and the years fund managers closed")
public record AccountingYearsResponse(
        @Schema(description = "The last closed day: entries dated on or before it are refused; null while nothing is closed",
                examples = "2020-12-31", nullable = true) LocalDate closedThrough,
        @Schema(description = "Why the books are closed through that day") String closedBy,
        @Schema(description = "The years closed by a fund manager, oldest first") List<ClosedYear> closedYears) {

    @Schema(name = "ClosedYear", description = "An accounting year a fund manager closed")
    public record ClosedYear(
            @Schema(examples = "2020") int year,
            @Schema(description = "Null when none was given", examples = "Audited financial statements 2020 approved", nullable = true)
            String note,
            Instant closedAt) {
    }
}
