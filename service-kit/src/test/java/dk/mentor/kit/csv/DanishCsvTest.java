package dk.mentor.kit.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DanishCsvTest {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static String text(byte[] bytes) {
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }

    @Test
    void shouldStartWithTheUtf8ByteOrderMarkSoExcelReadsDanishLetters() {
        byte[] bytes = DanishCsv.write(List.of("navn"), List.of(List.of("Søren Ærø")));

        assertArrayEquals(UTF8_BOM, Arrays.copyOf(bytes, 3));
        assertEquals("navn\r\nSøren Ærø\r\n", text(bytes));
    }

    @Test
    void shouldSeparateCellsWithSemicolonsAndWriteDecimalCommasAndDanishDates() {
        byte[] bytes = DanishCsv.write(List.of("dato", "beløb", "timer", "antal"),
                List.of(List.of(LocalDate.of(2026, 12, 3), new BigDecimal("12345.50"), 4.5, 7)));

        assertEquals("dato;beløb;timer;antal\r\n03-12-2026;12345,50;4,5;7\r\n", text(bytes));
    }

    @Test
    void shouldNeutraliseTextCellsThatStartLikeAFormula() {
        byte[] bytes = DanishCsv.write(List.of("a", "b", "c", "d", "e"),
                List.of(List.of("=HYPERLINK(\"http://x\")", "+45 1234", "-1+1", "@SUM(A1)", "plain")));

        assertEquals("a;b;c;d;e\r\n\"'=HYPERLINK(\"\"http://x\"\")\";'+45 1234;'-1+1;'@SUM(A1);plain\r\n", text(bytes));
    }

    @Test
    void shouldKeepNegativeNumbersAsNumbers() {
        byte[] bytes = DanishCsv.write(List.of("beløb"), List.of(List.of(new BigDecimal("-250.00"))));

        assertEquals("beløb\r\n-250,00\r\n", text(bytes));
    }

    @Test
    void shouldQuoteCellsHoldingTheSeparatorQuotesOrLineBreaks() {
        byte[] bytes = DanishCsv.write(List.of("note"), List.of(List.of("a;b"), List.of("to\nlinjer")));

        assertEquals("note\r\n\"a;b\"\r\n\"to\nlinjer\"\r\n", text(bytes));
    }

    @Test
    void shouldReadWhatItWroteWithLineNumbers() {
        byte[] bytes = DanishCsv.write(List.of("navn", "note"),
                List.of(List.of("Anna", "to\nlinjer"), List.of("Bo", "en")));

        DanishCsv.Sheet sheet = DanishCsv.read(bytes);

        assertEquals(List.of("navn", "note"), sheet.header());
        assertEquals(List.of("Anna", "to\nlinjer"), sheet.rows().get(0).cells());
        assertEquals(2, sheet.rows().get(0).line());
        assertEquals(4, sheet.rows().get(1).line(), "the quoted line break moves the next record down a line");
    }

    @Test
    void shouldTakeTheNeutralisingMarkOffAgainOnImport() {
        byte[] bytes = DanishCsv.write(List.of("telefon", "note"), List.of(List.of("+45 12 34 56 78", "'citat'")));

        assertEquals(List.of("+45 12 34 56 78", "'citat'"), DanishCsv.read(bytes).rows().get(0).cells());
    }

    @Test
    void shouldReadCommaSeparatedFilesWithoutAByteOrderMark() {
        DanishCsv.Sheet sheet = DanishCsv.read("name,hours\nAnna,4.5\n\n".getBytes(StandardCharsets.UTF_8));

        assertEquals(List.of("name", "hours"), sheet.header());
        assertEquals(1, sheet.rows().size(), "a blank line is not a record");
        assertEquals(List.of("Anna", "4.5"), sheet.rows().get(0).cells());
    }

    @Test
    void shouldRefuseAFileWithAnUnclosedQuote() {
        assertThrows(IllegalArgumentException.class,
                () -> DanishCsv.read("a;b\r\n\"open;x\r\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void shouldAcceptDecimalCommaAndDecimalPoint() {
        assertEquals(new BigDecimal("4.5"), DanishCsv.decimal("4,5"));
        assertEquals(new BigDecimal("4.5"), DanishCsv.decimal(" 4.5 "));
        assertEquals(new BigDecimal("1234.5"), DanishCsv.decimal("1.234,5"));
        assertEquals(new BigDecimal("1234.50"), DanishCsv.decimal("1 234,50"));
        assertNull(DanishCsv.decimal(" "));
        assertThrows(NumberFormatException.class, () -> DanishCsv.decimal("fire"));
    }

    @Test
    void shouldAcceptDanishAndIsoDates() {
        assertEquals(LocalDate.of(2026, 12, 3), DanishCsv.date("03-12-2026"));
        assertEquals(LocalDate.of(2026, 12, 3), DanishCsv.date("2026-12-03"));
        assertNull(DanishCsv.date(""));
        assertThrows(java.time.format.DateTimeParseException.class, () -> DanishCsv.date("3/12/2026"));
    }
}
