package org.ohchr.uprfund.recommendations.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Cells as an export writes them: quoted where RFC 4180 needs it, escaped against formula injection, read back unchanged. */
class CsvWriterTest {

    @Test
    void formulaStartsAreEscapedWithAnApostrophe() {
        assertThat(CsvWriter.cell("=cmd|' /C calc'!A0")).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(CsvWriter.cell("+1")).isEqualTo("'+1");
        assertThat(CsvWriter.cell("-1")).isEqualTo("'-1");
        assertThat(CsvWriter.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvWriter.cell("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvWriter.cell("'=already")).isEqualTo("''=already");
        assertThat(CsvWriter.cell("Ratify the Convention")).isEqualTo("Ratify the Convention");
        assertThat(CsvWriter.cell("it's fine")).isEqualTo("it's fine");
    }

    @Test
    void cellsAreQuotedWhereTheyMustBe() {
        assertThat(CsvWriter.cell("a, b")).isEqualTo("\"a, b\"");
        assertThat(CsvWriter.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvWriter.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvWriter.cell("=SUM(1,2)")).isEqualTo("\"'=SUM(1,2)\"");
    }

    @Test
    void whatIsWrittenIsReadBackAsItWas() {
        for (String value : new String[] { "=cmd|' /C calc'!A0", "+1", "-2+3", "@x", "'=already", "''=twice", "plain", "'quoted'", "=" }) {
            String written = CsvWriter.cell(value);
            String unquoted = written.startsWith("\"") ? written.substring(1, written.length() - 1).replace("\"\"", "\"") : written;
            assertThat(CsvRows.unescapeFormula(unquoted)).as(value).isEqualTo(value);
        }
    }
}
