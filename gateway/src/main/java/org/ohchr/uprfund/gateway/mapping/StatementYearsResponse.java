package org.ohchr.uprfund.gateway.mapping;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.function.IntFunction;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ohchr.uprfund.gateway.domain.Statement;
import org.ohchr.uprfund.gateway.domain.StatementLine;
import org.ohchr.uprfund.gateway.domain.YearClosureState;

@Schema(name = "StatementYears", description = "The years that have a statement, with their totals: the fund balance's trend")
public record StatementYearsResponse(List<Year> years) {

    @Schema(name = "StatementYear")
    public record Year(
            @Schema(examples = "2020") int year,
            BigDecimal openingBalanceUsd,
            BigDecimal totalIncomeUsd,
            BigDecimal totalExpenditureUsd,
            BigDecimal closingBalanceUsd,
            @Schema(description = "True once the year is closed for the whole fund: every ledger confirmed its closing") boolean closed,
            @Schema(description = "OPEN, CLOSING (asked for, not yet confirmed by every ledger) or CLOSED") YearClosureState books,
            URI statement) {
    }

    public static StatementYearsResponse of(List<Statement> statements, IntFunction<URI> link) {
        return new StatementYearsResponse(statements.stream().map(statement -> new Year(statement.year(),
                statement.line(StatementLine.OPENING_BALANCE).amountUsd(), statement.line(StatementLine.TOTAL_INCOME).amountUsd(),
                statement.line(StatementLine.TOTAL_EXPENDITURE).amountUsd(), statement.line(StatementLine.CLOSING_BALANCE).amountUsd(),
                statement.closed(), statement.books(), link.apply(statement.year()))).toList());
    }
}
