package org.ohchr.uprfund.recommendations.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV (RFC 4180) from a stream, one record at a time, in bounded memory: a cell is never held beyond
 * {@code maxCellLength} characters nor a record beyond {@code maxCells} cells.
 * <ul>
 * <li>The bytes must be UTF-8; a UTF-8 byte order mark at the start is skipped (spreadsheets write one), a UTF-16 or
 * UTF-32 one is refused, and so is any byte sequence that is not UTF-8.</li>
 * <li>Cells are separated by commas; a cell in double quotes may hold commas, line breaks and doubled quotes
 * ({@code ""}). A quote inside an unquoted cell, or text after a closing quote, is kept as it is.</li>
 * <li>Records end with CRLF, LF or CR. Blank lines are skipped, but counted as rows, as a spreadsheet shows them.</li>
 * </ul>
 */
public final class CsvReader {

    private static final int BUFFER = 64 * 1024;

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
    private final CharBuffer chars = CharBuffer.allocate(BUFFER);
    private final char[] buffer = chars.array();
    private final int maxCellLength;
    private final int maxCells;
    private int position;
    private int limit;
    private boolean inputEnded;
    private boolean flushed;
    private boolean malformed;
    private int row;
    private long line = 1;

    public CsvReader(InputStream in, int maxCellLength, int maxCells) {
        this.in = skipUtf8ByteOrderMark(in);
        this.maxCellLength = maxCellLength;
        this.maxCells = maxCells;
    }

    /**
     * The next record, or null at the end of the file.
     *
     * @throws CsvFormatException when the file cannot be read on from here
     */
    public CsvRecord next() {
        while (true) {
            int next;
            try {
                next = peek();
            } catch (CsvFormatException e) {
                throw new CsvFormatException(row + 1, e.column(), e.getMessage()); // the bad bytes begin the next row
            }
            if (next < 0) {
                return null;
            }
            row++;
            long startLine = line;
            List<String> cells = readRecord();
            if (cells != null) {
                return new CsvRecord(row, startLine, cells);
            }
        }
    }

    /** The row of the record read last. */
    public int row() {
        return row;
    }

    /** The cells of one record, or null for a blank line. */
    private List<String> readRecord() {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean cellStarted = false;
        while (true) {
            int c = read();
            if (quoted) {
                if (c < 0) {
                    throw new CsvFormatException(row, cells.size(), "a quoted cell is not closed before the end of the file");
                }
                if (c == '"') {
                    if (peek() == '"') {
                        read();
                        append(cell, '"', cells.size());
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n' || (c == '\r' && peek() != '\n')) {
                        line++;
                    }
                    append(cell, (char) c, cells.size());
                }
                continue;
            }
            if (c < 0 || c == '\n' || c == '\r') {
                if (c == '\r' && peek() == '\n') {
                    read();
                }
                if (c >= 0) {
                    line++;
                }
                if (!cellStarted && cells.isEmpty()) {
                    return null;
                }
                addCell(cells, cell);
                return cells;
            }
            if (c == ',') {
                addCell(cells, cell);
                cell.setLength(0);
                cellStarted = true;
            } else if (c == '"' && cell.length() == 0) {
                quoted = true;
                cellStarted = true;
            } else {
                append(cell, (char) c, cells.size());
                cellStarted = true;
            }
        }
    }

    private void addCell(List<String> cells, StringBuilder cell) {
        if (cells.size() == maxCells) {
            throw new CsvFormatException(row, maxCells, "has more than " + maxCells + " cells");
        }
        cells.add(cell.toString());
    }

    private void append(StringBuilder cell, char c, int column) {
        if (cell.length() == maxCellLength) {
            throw new CsvFormatException(row, column, "the cell is longer than " + maxCellLength + " characters");
        }
        cell.append(c);
    }

    private int read() {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position++];
    }

    private int peek() {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position];
    }

    /**
     * Decodes the next characters. Bytes that are not UTF-8 are reported when reading reaches them, so that the error
     * names the row they are in: the characters before them are delivered first.
     */
    private boolean fill() {
        if (malformed) {
            throw notUtf8();
        }
        chars.clear();
        try {
            while (true) {
                CoderResult result = decoder.decode(bytes, chars, inputEnded);
                if (result.isError()) {
                    malformed = true;
                    break;
                }
                if (result.isOverflow() || chars.position() > 0 && !inputEnded) {
                    break;
                }
                if (inputEnded) {
                    if (!flushed) {
                        decoder.flush(chars);
                        flushed = true;
                    }
                    break;
                }
                bytes.compact();
                int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (read < 0) {
                    inputEnded = true;
                } else {
                    bytes.position(bytes.position() + read);
                }
                bytes.flip();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        chars.flip();
        position = 0;
        limit = chars.limit();
        if (limit == 0 && malformed) {
            throw notUtf8();
        }
        return limit > 0;
    }

    private CsvFormatException notUtf8() {
        return new CsvFormatException(Math.max(row, 1), -1, "is not valid UTF-8: send the file encoded in UTF-8");
    }

    private static InputStream skipUtf8ByteOrderMark(InputStream in) {
        PushbackInputStream stream = new PushbackInputStream(in, 4);
        try {
            byte[] start = new byte[4];
            int read = stream.readNBytes(start, 0, 4);
            if (read >= 2 && ((start[0] == (byte) 0xFE && start[1] == (byte) 0xFF) || (start[0] == (byte) 0xFF && start[1] == (byte) 0xFE))) {
                throw new CsvFormatException(1, -1, "starts with a UTF-16 or UTF-32 byte order mark: send the file encoded in UTF-8");
            }
            if (read == 4 && start[0] == 0 && start[1] == 0 && start[2] == (byte) 0xFE && start[3] == (byte) 0xFF) {
                throw new CsvFormatException(1, -1, "starts with a UTF-32 byte order mark: send the file encoded in UTF-8");
            }
            int skip = read >= 3 && start[0] == (byte) 0xEF && start[1] == (byte) 0xBB && start[2] == (byte) 0xBF ? 3 : 0;
            stream.unread(start, skip, read - skip);
            return stream;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
