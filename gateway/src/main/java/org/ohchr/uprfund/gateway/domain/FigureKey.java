package org.ohchr.uprfund.gateway.domain;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ohchr.uprfund.platform.problem.InvalidFieldException;

/**
 * Which computed figure a report's figure is compared with:
 * <ul>
 * <li>{@code contributions.total}: the total of the contributions table (Table 2), in US dollars;</li>
 * <li>{@code contributions.donors}: the donors of the contributions table, against the donors the report names;</li>
 * <li>{@code statement.<year>.<LINE>}: a line of the year's statement (Table 1), such as
 * {@code statement.2020.CLOSING_BALANCE}.</li>
 * </ul>
 */
public record FigureKey(Kind kind, Integer year, StatementLine line) {

    public enum Kind {
        CONTRIBUTIONS_TOTAL,
        CONTRIBUTIONS_DONORS,
        STATEMENT_LINE
    }

    public static final String CONTRIBUTIONS_TOTAL = "contributions.total";
    public static final String CONTRIBUTIONS_DONORS = "contributions.donors";
    private static final Pattern STATEMENT = Pattern.compile("statement\\.([0-9]{4})\\.([A-Z_]{1,60})");

    /** @throws InvalidFieldException naming {@code figure} when it is none of the figures above */
    public static FigureKey parse(String text) {
        if (CONTRIBUTIONS_TOTAL.equals(text)) {
            return new FigureKey(Kind.CONTRIBUTIONS_TOTAL, null, null);
        }
        if (CONTRIBUTIONS_DONORS.equals(text)) {
            return new FigureKey(Kind.CONTRIBUTIONS_DONORS, null, null);
        }
        Matcher statement = text == null ? null : STATEMENT.matcher(text);
        if (statement != null && statement.matches() && Integer.parseInt(statement.group(1)) >= 1900
                && Arrays.stream(StatementLine.values()).anyMatch(line -> line.name().equals(statement.group(2)))) {
            return new FigureKey(Kind.STATEMENT_LINE, Integer.parseInt(statement.group(1)), StatementLine.valueOf(statement.group(2)));
        }
        throw new InvalidFieldException("figure", "must be contributions.total, contributions.donors or statement.<year>.<line>"
                + " with a line of the statement, such as statement.2020.CLOSING_BALANCE");
    }

    public static String ofStatementLine(int year, StatementLine line) {
        return "statement." + year + "." + line.name();
    }

    public String text() {
        return switch (kind) {
            case CONTRIBUTIONS_TOTAL -> CONTRIBUTIONS_TOTAL;
            case CONTRIBUTIONS_DONORS -> CONTRIBUTIONS_DONORS;
            case STATEMENT_LINE -> ofStatementLine(year, line);
        };
    }

    /** True when the report's figure is an amount; false when it is a list of donors. */
    public boolean isAmount() {
        return kind != Kind.CONTRIBUTIONS_DONORS;
    }
}
