package org.ohchr.uprfund.recommendations.mapping;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.ohchr.uprfund.platform.reference.UnLanguage;
import org.ohchr.uprfund.recommendations.domain.RecommendationContent;

/**
 * Writes recommendations in the CSV format an import reads (every column, in {@link CsvColumn} order, CRLF line ends),
 * so that an export imported again changes nothing. A cell that a spreadsheet would take for a formula (starting with
 * {@code = + - @}, a tab or a carriage return, after any apostrophes) is written with an apostrophe before it, as OWASP
 * advises against CSV injection; the import removes that one apostrophe again.
 */
public final class CsvWriter {

    private final Writer out;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    public void header() throws IOException {
        write(List.of(CsvColumn.values()).stream().map(CsvColumn::header).toList());
    }

    public void row(RecommendationContent content, String implementationStatus) throws IOException {
        String[] cells = new String[CsvColumn.values().length];
        cells[CsvColumn.STATE_UNDER_REVIEW.ordinal()] = content.stateUnderReview();
        cells[CsvColumn.RECOMMENDING_STATES.ordinal()] = String.join(";", content.recommendingStates());
        cells[CsvColumn.MECHANISM.ordinal()] = content.mechanism().name();
        cells[CsvColumn.CYCLE.ordinal()] = content.cycle() == null ? "" : content.cycle().toString();
        cells[CsvColumn.SESSION.ordinal()] = content.session();
        cells[CsvColumn.DOCUMENT_SYMBOL.ordinal()] = content.documentSymbol();
        cells[CsvColumn.PARAGRAPH.ordinal()] = content.paragraph().text();
        cells[CsvColumn.LANGUAGE.ordinal()] = content.language().tag();
        cells[CsvColumn.TEXT.ordinal()] = content.text();
        cells[CsvColumn.RESPONSE.ordinal()] = content.response().name();
        cells[CsvColumn.ACTION_CATEGORY.ordinal()] = content.actionCategory() == null ? "" : content.actionCategory().toString();
        cells[CsvColumn.THEMES.ordinal()] = content.themes().stream().map(Enum::name).collect(Collectors.joining(";"));
        cells[CsvColumn.AFFECTED_PERSONS.ordinal()] = content.affectedPersons().stream().map(Enum::name).collect(Collectors.joining(";"));
        cells[CsvColumn.SDG_GOALS.ordinal()] = content.sdgGoals().stream().map(String::valueOf).collect(Collectors.joining(";"));
        cells[CsvColumn.SDG_TARGETS.ordinal()] = String.join(";", content.sdgTargets());
        cells[CsvColumn.IMPLEMENTATION_STATUS.ordinal()] = implementationStatus;
        cells[CsvColumn.NOTE.ordinal()] = content.note();
        for (UnLanguage language : UnLanguage.values()) {
            cells[CsvColumn.translation(language).ordinal()] = content.translations().get(language);
        }
        write(Arrays.stream(cells).map(cell -> cell == null ? "" : cell).toList());
    }

    /** True for the first characters that make a spreadsheet evaluate a cell. */
    static boolean isFormulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /**
     * True for a value an import would take as escaped: a formula start, after any apostrophes. Such a value gets one
     * more apostrophe on export, so that a text that starts with {@code '=} survives the round trip too.
     */
    static boolean looksLikeFormula(String value) {
        int start = 0;
        while (start < value.length() && value.charAt(start) == '\'') {
            start++;
        }
        return start < value.length() && isFormulaStart(value.charAt(start));
    }

    /** The cell as written: escaped against formula injection, then quoted where RFC 4180 requires. */
    static String cell(String value) {
        String text = looksLikeFormula(value) ? "'" + value : value;
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0
                || (!text.isEmpty() && (text.charAt(0) == ' ' || text.charAt(text.length() - 1) == ' '));
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private void write(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }
}
