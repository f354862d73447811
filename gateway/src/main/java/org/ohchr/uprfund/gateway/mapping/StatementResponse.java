package org.ohchr.uprfund.gateway.mapping;

import java.math.BigDecimal;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ohchr.uprfund.gateway.domain.StatedComparison;
import org.ohchr.uprfund.gateway.domain.Statement;
import org.ohchr.uprfund.gateway.domain.StatementLine;
import org.ohchr.uprfund.gateway.domain.Sum;
import org.ohchr.uprfund.gateway.domain.YearClosureState;
import org.ohchr.uprfund.platform.reference.UnLanguage;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Table 1 for a year, line by line, in the language asked for. */
@Schema(name = "Statement", description = "Statement of income and expenditure for a year, in Table 1's layout: each line summed"
        + " from the entries behind it (reachable by its link), totals from their lines, closing balance = opening balance + net"
        + " result; receivables are memo lines, not counted in the balance")
public record StatementResponse(
        @Schema(examples = "2020") int year,
        @Schema(description = "Language of the labels: ar, zh, en, fr, ru or es", examples = "en") String language,
        @Schema(description = "True once the year is closed for the whole fund: every ledger confirmed its closing") boolean closed,
        @Schema(description = "OPEN; CLOSING once a fund manager asked to close it, while a ledger may still accept entries dated in"
                + " it (its figures may still change); CLOSED once every ledger confirmed it") YearClosureState books,
        List<Line> lines,
        @Schema(description = "What reports state about the lines, beside what the entries give") List<StatedComparisonResponse> statedFigures,
        List<FindingResponse> findings) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "StatementLine")
    public record Line(
            @Schema(description = "INCOME, EXPENDITURE or BALANCE") StatementLine.Section section,
            @Schema(examples = "STAFF") StatementLine code,
            @Schema(examples = "Staff costs") String label,
            @Schema(description = "US dollars at scale 2; negative in parentheses in the report. Absent when the suite cannot compute"
                    + " the line from what it holds (see notComputed): not 0.00") BigDecimal amountUsd,
            @Schema(description = "True for a memo line: shown, not counted in the balance") boolean memo,
            @Schema(description = "Entries summed on the line (lines computed from others: absent)") Long entries,
            @Schema(description = "The entries behind the line (lines computed from others: absent)") URI entriesLink,
            @Schema(description = "Why the suite cannot compute the line from what it holds; absent when it can", examples = "No pledge"
                    + " made by 31 December 2020 is recorded: the receivables cannot be computed from the entries") String notComputed) {
    }

    public static StatementResponse of(Statement statement, UnLanguage language, List<StatedComparison> stated,
            Function<StatementLine, URI> entriesLink) {
        List<Line> lines = Arrays.stream(StatementLine.values()).map(line -> {
            Sum sum = statement.line(line);
            boolean listed = line.hasEntries();
            boolean computed = statement.isComputed(line);
            return new Line(line.section(), line, line.label(language, statement.year()), computed ? sum.amountUsd() : null,
                    line.kind() == StatementLine.Kind.MEMO, listed ? sum.entries() : null, listed ? entriesLink.apply(line) : null,
                    statement.notComputed().get(line));
        }).toList();
        List<FindingResponse> findings = stated.stream().flatMap(comparison -> comparison.findings().stream()).map(FindingResponse::of)
                .toList();
        return new StatementResponse(statement.year(), language.tag(), statement.closed(), statement.books(), lines, StatedComparisonResponse.of(stated),
                findings);
    }
}
