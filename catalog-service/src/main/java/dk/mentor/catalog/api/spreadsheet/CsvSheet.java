package dk.mentor.catalog.api.spreadsheet;

import dk.mentor.kit.csv.DanishCsv;

/** Reads the catalogue sheet from CSV as Danish Excel saves it, through the kit's Danish CSV. */
public final class CsvSheet {

    private CsvSheet() {
    }

    /** @throws IllegalArgumentException when the bytes are not well-formed CSV (e.g. an unclosed quote) */
    public static Table read(byte[] bytes) {
        DanishCsv.Sheet sheet = DanishCsv.read(bytes);
        return new Table(sheet.header(), sheet.rows().stream()
                .map(row -> new Table.Line(Math.toIntExact(row.line()), row.cells()))
                .toList());
    }
}
