package org.ohchr.uprfund.contributions.mapping;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AccountingYears", description = "How far this ledger's books are closed, and the years whose closing fund managers"
        + " asked for, closing or closed")
public record AccountingYearsResponse(
        @Schema(description = "The last closed day in this ledger: entries dated on or before it are refused; null while nothing is"
                + " closed", examples = "2020-12-31", nullable = true) LocalDate closedThrough,
        @Schema(description = "Why the books are closed through that day") String closedBy,
        @Schema(description = "The years whose closing was asked for, oldest first") List<AccountingYear> years) {

    @Schema(name = "AccountingYear", description = "An accounting year whose closing a fund manager asked for: CLOSING until every"
            + " ledger that records dated entries has confirmed it, then CLOSED")
    public record AccountingYear(
            @Schema(examples = "2020") int year,
            @Schema(description = "CLOSING: some ledgers still accept entries dated in it; CLOSED: no ledger does")
            YearClosingState state,
            @Schema(description = "Null when none was given", examples = "Audited financial statements 2020 approved", nullable = true)
            String note,
            @Schema(description = "When a fund manager asked for the closing") Instant requestedAt,
            @Schema(description = "The ledgers that confirmed it, and when: each refuses entries dated in the year from then on")
            List<Confirmation> confirmations,
            @Schema(description = "The ledgers whose confirmation is awaited; empty once closed") List<String> awaiting,
            @Schema(description = "When the last confirmation was recorded; null while closing", nullable = true) Instant closedAt) {
    }

    @Schema(name = "LedgerConfirmation", description = "A ledger confirmed a closing")
    public record Confirmation(
            @Schema(examples = "projects-service") String ledger,
            @Schema(description = "By the ledger's clock") Instant confirmedAt) {
    }

    /** Where a year's closing stands. */
    public enum YearClosingState {
        CLOSING, CLOSED
    }
}
