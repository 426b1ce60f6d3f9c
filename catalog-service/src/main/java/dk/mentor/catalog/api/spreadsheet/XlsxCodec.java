package dk.mentor.catalog.api.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/** The first sheet of an XLSX workbook, read and written as text cells in the same layout as the CSV. */
public final class XlsxCodec {

    private XlsxCodec() {
    }

    /** @throws IOException when the bytes are not an XLSX workbook */
    public static Table read(byte[] bytes) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getFirstSheet();
            List<String> header = null;
            List<Table.Line> lines = new ArrayList<>();
            try (Stream<Row> rows = sheet.openStream()) {
                for (Row row : (Iterable<Row>) rows::iterator) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < row.getCellCount(); c++) {
                        cells.add(row.getOptionalCell(c).map(cell -> cell.getText() == null ? "" : cell.getText()).orElse(""));
                    }
                    if (header == null) {
                        header = cells.stream().map(String::strip).toList();
                    } else {
                        lines.add(new Table.Line(row.getRowNum(), cells));
                    }
                }
            }
            return new Table(header == null ? List.of() : header, lines);
        }
    }

    public static byte[] write(Table table, String sheetName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "catalog-service", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName);
            for (int c = 0; c < table.header().size(); c++) {
                sheet.value(0, c, table.header().get(c));
                sheet.style(0, c).bold().set();
            }
            int r = 1;
            for (Table.Line line : table.lines()) {
                for (int c = 0; c < line.cells().size(); c++) {
                    String cell = line.cells().get(c);
                    if (cell != null && !cell.isEmpty()) {
                        sheet.value(r, c, cell);
                    }
                }
                r++;
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
