package org.ohchr.uprfund.recommendations.mapping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ohchr.uprfund.platform.reference.UnLanguage;
import org.ohchr.uprfund.recommendations.domain.FieldProblem;
import org.ohchr.uprfund.recommendations.domain.ImplementationStatus;
import org.ohchr.uprfund.recommendations.domain.Mechanism;
import org.ohchr.uprfund.recommendations.domain.RecommendationDraft;
import org.ohchr.uprfund.recommendations.domain.StateResponse;

/**
 * A CSV row as a recommendation draft. Lists are separated by semicolons ({@code FRA;DEU}, {@code 4.1;5.2}); an empty
 * cell is no value. A cell escaped against formula injection as a spreadsheet or an export escapes it ({@code '=...}: an
 * apostrophe before {@code = + - @}, a tab or a carriage return) is read without that apostrophe; any other cell is taken
 * as it is, as text the service stores and never evaluates.
 */
public final class CsvRows {

    private CsvRows() {
    }

    /** A row read: the draft and the initial status, or what is wrong with its cells (named by column). */
    public record Parsed(RecommendationDraft draft, ImplementationStatus initialStatus, List<FieldProblem> problems) {
    }

    public static Parsed parse(CsvHeader header, List<String> cells) {
        List<FieldProblem> problems = new ArrayList<>();
        if (cells.size() != header.size()) {
            problems.add(new FieldProblem("row", "has " + cells.size() + " cells where the header has " + header.size()));
            return new Parsed(null, null, problems);
        }
        Cells row = new Cells(header, cells, problems);
        Map<String, String> translations = new LinkedHashMap<>();
        for (UnLanguage language : UnLanguage.values()) {
            String text = row.text(CsvColumn.translation(language));
            if (text != null) {
                translations.put(language.tag(), text);
            }
        }
        RecommendationDraft draft = new RecommendationDraft(
                row.text(CsvColumn.STATE_UNDER_REVIEW),
                row.list(CsvColumn.RECOMMENDING_STATES),
                row.constant(CsvColumn.MECHANISM, Mechanism.class),
                row.number(CsvColumn.CYCLE),
                row.text(CsvColumn.SESSION),
                row.text(CsvColumn.DOCUMENT_SYMBOL),
                row.text(CsvColumn.PARAGRAPH),
                row.text(CsvColumn.LANGUAGE),
                row.text(CsvColumn.TEXT),
                translations,
                row.constant(CsvColumn.RESPONSE, StateResponse.class),
                row.number(CsvColumn.ACTION_CATEGORY),
                row.list(CsvColumn.THEMES),
                row.list(CsvColumn.AFFECTED_PERSONS),
                row.numbers(CsvColumn.SDG_GOALS),
                row.list(CsvColumn.SDG_TARGETS),
                row.text(CsvColumn.NOTE));
        ImplementationStatus status = row.constant(CsvColumn.IMPLEMENTATION_STATUS, ImplementationStatus.class);
        return new Parsed(draft, status == null ? ImplementationStatus.NOT_STARTED : status, problems);
    }

    /** A rule's problem, named by the column of the CSV format. */
    public static FieldProblem inColumns(FieldProblem problem) {
        return CsvColumn.ofProperty(problem.field())
                .map(column -> new FieldProblem(column.header(), problem.field().contains("[")
                        ? "item " + (Integer.parseInt(problem.field().replaceAll(".*\\[(\\d+)\\].*", "$1")) + 1) + ": " + problem.message()
                        : problem.message()))
                .orElse(problem);
    }

    /** Undoes an export's escape of a cell that a spreadsheet would take for a formula. */
    static String unescapeFormula(String cell) {
        if (cell.length() >= 2 && cell.charAt(0) == '\'' && CsvWriter.looksLikeFormula(cell.substring(1))) {
            return cell.substring(1);
        }
        return cell;
    }

    private static final class Cells {

        private final CsvHeader header;
        private final List<String> cells;
        private final List<FieldProblem> problems;

        Cells(CsvHeader header, List<String> cells, List<FieldProblem> problems) {
            this.header = header;
            this.cells = cells;
            this.problems = problems;
        }

        String text(CsvColumn column) {
            String cell = header.cell(cells, column);
            if (cell == null || cell.isBlank()) {
                return null;
            }
            return unescapeFormula(cell);
        }

        List<String> list(CsvColumn column) {
            String cell = text(column);
            if (cell == null) {
                return List.of();
            }
            return Arrays.stream(cell.split(";")).map(String::strip).filter(item -> !item.isEmpty()).toList();
        }

        Integer number(CsvColumn column) {
            String cell = text(column);
            if (cell == null) {
                return null;
            }
            Integer number = wholeNumber(cell.strip());
            if (number == null) {
                problems.add(new FieldProblem(column.header(), "'" + shown(cell) + "' is not a whole number"));
            }
            return number;
        }

        List<Integer> numbers(CsvColumn column) {
            List<Integer> numbers = new ArrayList<>();
            List<String> items = list(column);
            for (int i = 0; i < items.size(); i++) {
                Integer number = wholeNumber(items.get(i));
                if (number == null) {
                    problems.add(new FieldProblem(column.header(), "item " + (i + 1) + ": '" + shown(items.get(i)) + "' is not a whole number"));
                } else {
                    numbers.add(number);
                }
            }
            return numbers;
        }

        <E extends Enum<E>> E constant(CsvColumn column, Class<E> type) {
            String cell = text(column);
            if (cell == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, cell.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem(column.header(), "'" + shown(cell) + "' is not one of " + Arrays.toString(type.getEnumConstants())));
                return null;
            }
        }

        private static Integer wholeNumber(String text) {
            if (!text.matches("[0-9]{1,4}")) {
                return null;
            }
            return Integer.valueOf(text);
        }

        private static String shown(String value) {
            String text = value.strip();
            return text.length() <= 40 ? text : text.substring(0, 40) + "...";
        }
    }
}
