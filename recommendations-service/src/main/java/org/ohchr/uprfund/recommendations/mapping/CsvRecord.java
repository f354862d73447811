package org.ohchr.uprfund.recommendations.mapping;

import java.util.List;

/**
 * One record of a CSV file: its row (as a spreadsheet numbers it: the header is row 1, blank lines count) and the line
 * of the file it starts on (they differ after a cell with line breaks), and its cells.
 */
public record CsvRecord(int row, long line, List<String> cells) {
}
