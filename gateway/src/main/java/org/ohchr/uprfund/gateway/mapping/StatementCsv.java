package org.ohchr.uprfund.gateway.mapping;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * A statement as CSV (RFC 4180): one header line, then one line per statement line, in Table 1's order:
 * {@code section,code,line,amount_usd,memo,entries,stated_usd,difference_usd,note}. Amounts are plain decimals with two
 * decimals, negative with a minus; {@code stated_usd} and {@code difference_usd} are empty unless a report's figure is
 * recorded for the line. A line the suite cannot compute from what it holds has an empty {@code amount_usd} (not 0.00)
 * and says why in {@code note}.
 */
public final class StatementCsv {

    public static final String HEADER = "section,code,line,amount_usd,memo,entries,stated_usd,difference_usd,note";

    private StatementCsv() {
    }

    public static String of(StatementResponse statement) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (StatementResponse.Line line : statement.lines()) {
            List<StatedComparisonResponse> stated = statement.statedFigures().stream()
                    .filter(figure -> figure.figure().endsWith("." + line.code().name()))
                    .toList();
            StatedComparisonResponse first = stated.isEmpty() ? null : stated.get(0);
            csv.append(line.section().name().toLowerCase(Locale.ROOT)).append(',')
                    .append(line.code().name()).append(',')
                    .append(quoted(line.label())).append(',')
                    .append(plain(line.amountUsd())).append(',')
                    .append(line.memo()).append(',')
                    .append(line.entries() == null ? "" : line.entries().toString()).append(',')
                    .append(first == null ? "" : plain(first.statedUsd())).append(',')
                    .append(first == null ? "" : plain(first.differenceUsd())).append(',')
                    .append(line.notComputed() == null ? "" : quoted("not computed: " + line.notComputed()))
                    .append("\r\n");
        }
        return csv.toString();
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString();
    }

    /** A field in double quotes when it holds a comma, a quote or a line break; quotes doubled. */
    static String quoted(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
            return "\"" + field.replace("\"", "\"\"") + "\"";
        }
        return field;
    }
}
