package dk.mentor.catalog.api.spreadsheet;

import dk.mentor.kit.csv.DanishCsv;

/**
 * Reads the catalogue sheet from CSV as Danish Excel saves it (through the kit's Danish CSV: with or
 * without the byte-order mark, ';' or ','). The export neutralises a text cell that starts like a
 * formula by putting ' in front ("'+45 12 34 56 78"); that mark is taken off again here, so an
 * exported file can be edited and imported back unchanged.
 */
public final class CsvSheet {

    /** The first characters the export neutralises, as the Danish CSV writer does. */
    private static final String NEUTRALISED_STARTS = "=+-@\t\r";

    private CsvSheet() {
    }

    /** @throws IllegalArgumentException when the bytes are not well-formed CSV (e.g. an unclosed quote) */
    public static Table read(byte[] bytes) {
        DanishCsv.Sheet sheet = DanishCsv.read(bytes);
        return new Table(sheet.header(), sheet.rows().stream()
                .map(row -> new Table.Line(Math.toIntExact(row.line()), row.cells().stream().map(CsvSheet::restored).toList()))
                .toList());
    }

    static String restored(String cell) {
        boolean neutralised = cell.length() > 1 && cell.charAt(0) == '\'' && NEUTRALISED_STARTS.indexOf(cell.charAt(1)) >= 0;
        return neutralised ? cell.substring(1) : cell;
    }
}
