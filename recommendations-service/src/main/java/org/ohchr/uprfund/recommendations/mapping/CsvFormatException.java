package org.ohchr.uprfund.recommendations.mapping;

/**
 * The file cannot be read as CSV from this point on (its encoding, an unterminated quote, a cell or a row beyond the
 * limits): nothing of it is imported.
 */
public class CsvFormatException extends RuntimeException {

    private final int row;
    private final int column;

    /** @param column the cell's index in its row, from 0; -1 when the problem is not in one cell */
    public CsvFormatException(int row, int column, String message) {
        super(message);
        this.row = row;
        this.column = column;
    }

    public int row() {
        return row;
    }

    public int column() {
        return column;
    }
}
