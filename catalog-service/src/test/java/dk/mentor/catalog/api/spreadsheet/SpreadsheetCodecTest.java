package dk.mentor.catalog.api.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadsheetCodecTest {

    @Test
    void shouldReadQuotedFieldsWithDelimitersQuotesAndLineBreaksAndKeepLineNumbers() {
        String csv = "\uFEFFname,note\r\nA,\"one, \"\"two\"\"\nthree\"\r\n\r\nB,plain\n";
        Table table = CsvCodec.read(csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("name", "note"), table.header());
        assertEquals("one, \"two\"\nthree", table.lines().get(0).cell(1));
        assertEquals(2, table.lines().get(0).number());
        assertEquals(true, table.lines().get(1).isBlank());
        assertEquals(5, table.lines().get(2).number());
        assertEquals("", table.lines().get(2).cell(7));
    }

    @Test
    void shouldUseSemicolonsWhenTheHeaderDoes() {
        Table table = CsvCodec.read("a;b\n1,5;x\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("1,5", "x"), table.lines().get(0).cells());
    }

    @Test
    void shouldWriteWhatItReadsInCsvAndXlsx() throws Exception {
        Table table = new Table(List.of("name", "note"), List.of(new Table.Line(2, List.of("Ærø; \"x\"", "a|b")),
                new Table.Line(3, List.of("Søs", ""))));
        Table csv = CsvCodec.read(CsvCodec.write(table));
        assertEquals(table.header(), csv.header());
        assertEquals(table.lines().get(0).cells(), csv.lines().get(0).cells());
        Table xlsx = XlsxCodec.read(XlsxCodec.write(table, "Mentors"));
        assertEquals(table.header(), xlsx.header());
        assertEquals("Ærø; \"x\"", xlsx.lines().get(0).cell(0));
        assertEquals("a|b", xlsx.lines().get(0).cell(1));
        assertEquals(3, xlsx.lines().get(1).number());
    }

    @Test
    void shouldRefuseBytesThatAreNotAWorkbook() {
        assertThrows(Exception.class, () -> XlsxCodec.read("name,note\n".getBytes(StandardCharsets.UTF_8)));
    }
}
