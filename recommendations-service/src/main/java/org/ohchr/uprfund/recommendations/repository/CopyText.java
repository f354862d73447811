package org.ohchr.uprfund.recommendations.repository;

import java.util.Collection;

/** Values in the text format of PostgreSQL's COPY: tab-separated, backslash escapes, {@code \N} for NULL. */
final class CopyText {

    private final StringBuilder line = new StringBuilder(1024);
    private boolean first = true;

    CopyText value(Object value) {
        separate();
        if (value == null) {
            line.append("\\N");
        } else {
            escape(value.toString());
        }
        return this;
    }

    /** An array literal ({@code {"a","b"}}), each element quoted. */
    CopyText array(Collection<?> values) {
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

    /** Ends the row and returns it, newline included; the builder is ready for the next row. */
    String endRow() {
        line.append('\n');
        String row = line.toString();
        line.setLength(0);
        first = true;
        return row;
    }

    private void separate() {
        if (!first) {
            line.append('\t');
        }
        first = false;
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
