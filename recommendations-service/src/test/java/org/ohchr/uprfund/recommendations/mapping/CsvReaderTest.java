package org.ohchr.uprfund.recommendations.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** RFC 4180 read as a stream: quotes, line breaks, byte order marks, encodings and the limits. */
class CsvReaderTest {

    @Test
    void quotedCellsHoldCommasQuotesAndLineBreaksAndRowsCountAsASpreadsheetCountsThem() {
        List<CsvRecord> records = read("a,b,c\r\n\"1,5\",\"say \"\"hi\"\"\",\"two\r\nlines\"\n\nx,,\"\"\ry,z,\n");
        assertThat(records).extracting(CsvRecord::cells).containsExactly(List.of("a", "b", "c"), List.of("1,5", "say \"hi\"", "two\r\nlines"),
                List.of("x", "", ""), List.of("y", "z", ""));
        assertThat(records).extracting(CsvRecord::row).containsExactly(1, 2, 4, 5);
        assertThat(records).extracting(CsvRecord::line).containsExactly(1L, 2L, 5L, 6L);
    }

    @Test
    void quotesInsideUnquotedCellsAndTextAfterAClosingQuoteAreKept() {
        assertThat(read("5\" screen,\"ab\"cd\n").get(0).cells()).containsExactly("5\" screen", "abcd");
    }

    @Test
    void aUtf8ByteOrderMarkIsSkippedAndOtherEncodingsAreRefused() {
        byte[] withBom = concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, "a,b\n".getBytes(StandardCharsets.UTF_8));
        assertThat(reader(withBom).next().cells()).containsExactly("a", "b");
        assertThatThrownBy(() -> reader(("\uFEFFa,b\n").getBytes(StandardCharsets.UTF_16LE)).next())
                .isInstanceOf(CsvFormatException.class).hasMessageContaining("UTF-16");
        assertThatThrownBy(() -> reader(("\uFEFFa,b\n").getBytes(StandardCharsets.UTF_16BE)).next())
                .isInstanceOf(CsvFormatException.class).hasMessageContaining("UTF-16");
    }

    @Test
    void bytesThatAreNotUtf8AreReportedAtTheRowTheyAreIn() {
        byte[] csv = concat("a,b\nc,d\ne,".getBytes(StandardCharsets.UTF_8), new byte[] { (byte) 0xE9, 't', 'e', '\n' });
        CsvReader reader = reader(csv);
        assertThat(reader.next().row()).isEqualTo(1);
        assertThat(reader.next().row()).isEqualTo(2);
        assertThatThrownBy(reader::next).isInstanceOfSatisfying(CsvFormatException.class, e -> {
            assertThat(e.row()).isEqualTo(3);
            assertThat(e.getMessage()).contains("not valid UTF-8");
        });
        // Truncated at the end: half a character.
        assertThatThrownBy(() -> reader(new byte[] { 'a', ',', (byte) 0xC3 }).next()).isInstanceOf(CsvFormatException.class);
    }

    @Test
    void aCellBeyondTheLimitIsRefusedBeforeItIsHeldWhole() {
        CsvReader reader = new CsvReader(new InfiniteLetters("ok,"), 100, 64);
        assertThatThrownBy(reader::next).isInstanceOfSatisfying(CsvFormatException.class, e -> {
            assertThat(e.row()).isEqualTo(1);
            assertThat(e.column()).isEqualTo(1);
            assertThat(e.getMessage()).contains("longer than 100 characters");
        });
    }

    @Test
    void aQuoteNeverClosedAndTooManyCellsAreRefused() {
        assertThatThrownBy(() -> read("a,\"b\nc,d\n")).isInstanceOfSatisfying(CsvFormatException.class,
                e -> assertThat(e.getMessage()).contains("not closed"));
        assertThatThrownBy(() -> new CsvReader(new ByteArrayInputStream(",".repeat(100).getBytes(StandardCharsets.UTF_8)), 100, 64).next())
                .isInstanceOf(CsvFormatException.class).hasMessageContaining("more than 64 cells");
    }

    @Test
    void anEmptyFileHasNoRecords() {
        assertThat(read("")).isEmpty();
        assertThat(read("\n\n")).isEmpty();
    }

    private static List<CsvRecord> read(String csv) {
        CsvReader reader = reader(csv.getBytes(StandardCharsets.UTF_8));
        List<CsvRecord> records = new ArrayList<>();
        CsvRecord record;
        while ((record = reader.next()) != null) {
            records.add(record);
        }
        return records;
    }

    private static CsvReader reader(byte[] bytes) {
        return new CsvReader(new ByteArrayInputStream(bytes), 1000, 64);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** A prefix, then the letter x for ever: a reader that held a cell whole would never return. */
    private static final class InfiniteLetters extends InputStream {

        private final byte[] prefix;
        private int position;

        InfiniteLetters(String prefix) {
            this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public int read() {
            return position < prefix.length ? prefix[position++] : 'x';
        }
    }
}
