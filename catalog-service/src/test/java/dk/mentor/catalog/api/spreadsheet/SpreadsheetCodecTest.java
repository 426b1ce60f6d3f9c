package dk.mentor.catalog.api.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.mentor.kit.csv.DanishCsv;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadsheetCodecTest {

    @Test
    void shouldReadQuotedFieldsWithDelimitersQuotesAndLineBreaksAndKeepLineNumbers() {
        String csv = "\uFEFFname,note\r\nA,\"one, \"\"two\"\"\nthree\"\r\n\r\nB,plain\n";
        Table table = CsvSheet.read(csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("name", "note"), table.header());
        assertEquals("one, \"two\"\nthree", table.lines().get(0).cell(1));
        assertEquals(2, table.lines().get(0).number());
        assertEquals(2, table.lines().size()); // the empty line is no row, but still counts in the numbering
        assertEquals(5, table.lines().get(1).number());
        assertEquals("", table.lines().get(1).cell(7));
    }

    @Test
    void shouldUseSemicolonsWhenTheHeaderDoes() {
        Table table = CsvSheet.read("a;b\n1,5;x\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("1,5", "x"), table.lines().get(0).cells());
    }

    @Test
    void shouldReadBackWhatTheExportWroteAlsoACellItNeutralised() {
        List<String> cells = List.of("+45 12 34 56 78", "=Eve", "'quoted", "Ærø; \"x\"\nnext line");
        Table table = CsvSheet.read(DanishCsv.write(List.of("phone", "displayName", "note", "address"), List.of(cells)));
        assertEquals(List.of("phone", "displayName", "note", "address"), table.header());
        assertEquals(cells, table.lines().get(0).cells());
    }

    @Test
    void shouldWriteWhatItReadsInXlsx() throws Exception {
        Table table = new Table(List.of("name", "note"), List.of(new Table.Line(2, List.of("Ærø; \"x\"", "a|b")),
                new Table.Line(3, List.of("Søs", ""))));
        Table xlsx = XlsxCodec.read(XlsxCodec.write(table, "Mentors"));
        assertEquals(table.header(), xlsx.header());
        assertEquals("Ærø; \"x\"", xlsx.lines().get(0).cell(0));
        assertEquals("a|b", xlsx.lines().get(0).cell(1));
        assertEquals(3, xlsx.lines().get(1).number());
    }

    @Test
    void shouldRefuseBytesThatAreNotAWorkbookOrNotCsv() {
        assertThrows(Exception.class, () -> XlsxCodec.read("name,note\n".getBytes(StandardCharsets.UTF_8)));
        assertThrows(IllegalArgumentException.class, () -> CsvSheet.read("name,note\nA,\"open\n".getBytes(StandardCharsets.UTF_8)));
    }
}
