package org.ohchr.uprfund.platform.database;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Collection;

import org.postgresql.copy.CopyIn;

/**
 * Rows fed to one {@code COPY ... FROM STDIN} in PostgreSQL's text format (tab-separated, backslash escapes, {@code \N}
 * for NULL), through a buffer of 64 KB: the database works on the first rows while the next are encoded. Closing it
 * before {@link #end()} abandons the COPY (its transaction is to be rolled back).
 */
public final class CopyRows implements AutoCloseable {

    private final CopyIn in;
    private final StringBuilder line = new StringBuilder(1024);
    private final byte[] buffer = new byte[64 * 1024];
    private int used;
    private boolean firstValue = true;

    public CopyRows(CopyIn in) {
        this.in = in;
    }

    /** The row's next column: the value's text, or NULL. */
    public CopyRows value(Object value) {
        separate();
        if (value == null) {
            line.append("\\N");
        } else {
            escape(value.toString());
        }
        return this;
    }

    /** The row's next column, an array literal ({@code {"a","b"}}) with each element quoted. */
    public CopyRows array(Collection<?> values) {
        separate();
        StringBuilder literal = new StringBuilder(values.size() * 8 + 2).append('{');
        boolean firstElement = true;
        for (Object value : values) {
            if (!firstElement) {
                literal.append(',');
            }
            firstElement = false;
            literal.append('"').append(value.toString().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        escape(literal.append('}').toString());
        return this;
    }

    /** Ends the row and hands it on. */
    public void endRow() throws SQLException {
        byte[] bytes = line.append('\n').toString().getBytes(StandardCharsets.UTF_8);
        line.setLength(0);
        firstValue = true;
        if (used + bytes.length > buffer.length) {
            send();
        }
        if (bytes.length > buffer.length) {
            in.writeToCopy(bytes, 0, bytes.length);
        } else {
            System.arraycopy(bytes, 0, buffer, used, bytes.length);
            used += bytes.length;
        }
    }

    /** Sends what is left and ends the COPY; returns how many rows it wrote. */
    public long end() throws SQLException {
        send();
        return in.endCopy();
    }

    private void separate() {
        if (!firstValue) {
            line.append('\t');
        }
        firstValue = false;
    }

    private void send() throws SQLException {
        if (used > 0) {
            in.writeToCopy(buffer, 0, used);
            used = 0;
        }
    }

    private void escape(String text) {
        int special = firstSpecial(text);
        if (special < 0) {
            line.append(text); // most values: no character to escape, appended at once
            return;
        }
        line.append(text, 0, special);
        for (int i = special; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
    }

    /** Abandons a COPY that did not end (its transaction is rolled back). */
    @Override
    public void close() {
        if (in.isActive()) {
            try {
                in.cancelCopy();
            } catch (SQLException e) {
                // the transaction is rolled back anyway
            }
        }
    }

    private static int firstSpecial(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                return i;
            }
        }
        return -1;
    }
}
