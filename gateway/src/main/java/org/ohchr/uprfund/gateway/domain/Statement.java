package org.ohchr.uprfund.gateway.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Table 1 for a year, computed from the entries dated in it: each line the sum of the entries that sit on it, the totals
 * the sums of their lines, net result = total income - total expenditure, closing balance = opening balance + net
 * result. The receivables are memo lines, not counted in the balance.
 *
 * @param notComputed the lines the read model holds nothing to compute from, and why: their sum is no figure (the
 *        receivables of a year for which no pledge is recorded are not known to be zero)
 */
public record Statement(int year, Map<StatementLine, Sum> lines, List<StatementEntry> entries, YearClosureState books,
        Map<StatementLine, String> notComputed) {

    /** True once the year is closed for the whole fund. */
    public boolean closed() {
        return books == YearClosureState.CLOSED;
    }

    /**
     * @param entries every entry dated in the year, each on its line, and the memo lines' pledges
     * @param openingBalance the fund balance at the start of 1 January of the year
     * @param books whether the year is open, closing or closed
     * @param notComputed the lines the read model holds nothing to compute from, and why
     */
    public static Statement of(int year, List<StatementEntry> entries, BigDecimal openingBalance, YearClosureState books,
            Map<StatementLine, String> notComputed) {
        Map<StatementLine, Sum> lines = new EnumMap<>(StatementLine.class);
        for (StatementLine line : StatementLine.values()) {
            if (line.hasEntries()) {
                lines.put(line, Sum.NONE);
            }
        }
        for (StatementEntry entry : entries) {
            lines.merge(entry.line(), new Sum(entry.amountUsd(), 1), Sum::plus);
        }
        Sum income = sumOf(lines, StatementLine.Section.INCOME);
        Sum expenditure = sumOf(lines, StatementLine.Section.EXPENDITURE);
        lines.put(StatementLine.TOTAL_INCOME, income);
        lines.put(StatementLine.TOTAL_EXPENDITURE, expenditure);
        BigDecimal net = income.amountUsd().subtract(expenditure.amountUsd());
        // Corrections of earlier years' expenditure are entries of the year they are made, in their category's line.
        lines.put(StatementLine.PRIOR_YEAR_ADJUSTMENTS, Sum.NONE);
        lines.put(StatementLine.NET_RESULT, new Sum(net, 0));
        lines.put(StatementLine.OPENING_BALANCE, new Sum(openingBalance, 0));
        lines.put(StatementLine.CLOSING_BALANCE, new Sum(openingBalance.add(net), 0));
        return new Statement(year, lines, List.copyOf(entries), books, Map.copyOf(notComputed));
    }

    private static Sum sumOf(Map<StatementLine, Sum> lines, StatementLine.Section section) {
        Sum total = Sum.NONE;
        for (StatementLine line : StatementLine.inSection(section)) {
            if (line.kind() == StatementLine.Kind.ENTRIES) {
                total = total.plus(lines.getOrDefault(line, Sum.NONE));
            }
        }
        return total;
    }

    public Sum line(StatementLine line) {
        return lines.get(line);
    }

    /** True when the line's figure is computed from what the read model holds; see {@code notComputed}. */
    public boolean isComputed(StatementLine line) {
        return !notComputed.containsKey(line);
    }

    public List<StatementEntry> entriesOf(StatementLine line) {
        List<StatementEntry> found = new ArrayList<>();
        for (StatementEntry entry : entries) {
            if (entry.line() == line) {
                found.add(entry);
            }
        }
        return found;
    }
}
