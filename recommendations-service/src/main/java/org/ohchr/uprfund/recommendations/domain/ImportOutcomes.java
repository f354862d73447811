package org.ohchr.uprfund.recommendations.domain;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.UUID;

/**
 * What an import did with each row of its file, row by row from row 2 (the first after the header): one outcome byte
 * and 16 bytes of recommendation id per row, so that a file of any length is remembered in a few bytes per row. A blank
 * line of the file has the outcome {@link #BLANK} and no id.
 */
public final class ImportOutcomes {

    /** The outcome byte of a blank line, which is no row of data. */
    public static final byte BLANK = 'B';
    private static final byte[] NO_ID = new byte[16];

    private final ByteArrayOutputStream outcomes = new ByteArrayOutputStream(4096);
    private final ByteArrayOutputStream ids = new ByteArrayOutputStream(65536);
    private final int[] counts = new int[RowOutcome.values().length];

    /** Records the outcome of {@code row} (the rows before it that were not recorded are blank lines). */
    public void set(int row, RowOutcome outcome, UUID id) {
        fillTo(row);
        outcomes.write(outcome.code());
        ids.writeBytes(id == null ? NO_ID : ByteBuffer.allocate(16).putLong(id.getMostSignificantBits())
                .putLong(id.getLeastSignificantBits()).array());
        counts[outcome.ordinal()]++;
    }

    /** Marks the rows up to {@code row} (excluded) that have no outcome as blank lines. */
    public void fillTo(int row) {
        while (outcomes.size() < row - 2) {
            outcomes.write(BLANK);
            ids.writeBytes(NO_ID);
        }
    }

    public int count(RowOutcome outcome) {
        return counts[outcome.ordinal()];
    }

    public int rows() {
        int rows = 0;
        for (int count : counts) {
            rows += count;
        }
        return rows;
    }

    public byte[] outcomeBytes() {
        return outcomes.toByteArray();
    }

    public byte[] idBytes() {
        return ids.toByteArray();
    }

    /** The id at {@code index} (from 0) of the id bytes, or null for none. */
    public static UUID idAt(byte[] ids, int index) {
        ByteBuffer buffer = ByteBuffer.wrap(ids, index * 16, 16);
        long most = buffer.getLong();
        long least = buffer.getLong();
        return most == 0 && least == 0 ? null : new UUID(most, least);
    }
}
