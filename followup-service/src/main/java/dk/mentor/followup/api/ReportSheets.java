package dk.mentor.followup.api;

import dk.mentor.followup.api.ReportDtos.ReportResponse;
import dk.mentor.followup.api.ReportDtos.Row;
import dk.mentor.followup.api.ReportDtos.RowsResponse;
import dk.mentor.kit.csv.DanishCsv;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A status report as a sheet: a line per measure, a column per member and the programme's total, a
 * suppressed cell as "<5". CSV as Danish Excel reads it (DanishCsv); XLSX with numbers as numbers, so
 * a coordinator can sum them, and the suppressed cells as text.
 */
final class ReportSheets {

    static final String SUPPRESSED = "<5";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ReportSheets() {
    }

    static List<String> header(ReportResponse report) {
        List<String> header = new ArrayList<>(List.of("Kode", "Mål"));
        report.municipalities().forEach(header::add);
        header.add("I alt");
        return header;
    }

    static List<List<Object>> lines(ReportResponse report) {
        List<List<Object>> lines = new ArrayList<>();
        for (ReportDtos.CountRow row : report.counts()) {
            List<Object> line = new ArrayList<>(List.of(row.measure(), row.label()));
            row.cells().forEach(c -> line.add(c.suppressed() ? SUPPRESSED : c.count()));
            lines.add(line);
        }
        for (ReportDtos.AverageRow row : report.averages()) {
            List<Object> line = new ArrayList<>(List.of(row.measure(), row.label()));
            row.cells().forEach(c -> line.add(c.suppressed() ? SUPPRESSED : c.value()));
            lines.add(line);
        }
        return lines;
    }

    static final List<String> ROW_HEADER = List.of("Plan", "Startdato", "Startet i kvartalet", "Aktiv ved kvartalets slutning",
            "Afslutningsdato", "Afslutningsstatus", "Kvartalsregistreringer", "Første vurdering", "Seneste vurdering",
            "Dage i forløb", "Registreret udgift (kr.)");

    static List<List<Object>> lines(RowsResponse rows) {
        return rows.rows().stream().map(ReportSheets::line).toList();
    }

    private static List<Object> line(Row r) {
        List<Object> line = new ArrayList<>();
        line.add(r.planId().toString());
        line.add(r.startedOn());
        line.add(r.startedInQuarter() ? "Ja" : "Nej");
        line.add(r.activeAtEnd() ? "Ja" : "Nej");
        line.add(r.closedOn());
        line.add(r.closureLabel());
        line.add(r.quarterlyRegistrations());
        line.add(r.firstScore());
        line.add(r.lastScore());
        line.add(r.daysInCourse());
        line.add(r.registeredCost());
        return line;
    }

    static byte[] csv(List<String> header, List<List<Object>> lines) {
        return DanishCsv.write(header, lines);
    }

    static byte[] xlsx(String sheetName, List<String> header, List<List<Object>> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "followup-service", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName);
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
                sheet.style(0, c).bold().set();
            }
            for (int r = 0; r < lines.size(); r++) {
                List<Object> line = lines.get(r);
                for (int c = 0; c < line.size(); c++) {
                    cell(sheet, r + 1, c, line.get(c));
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return out.toByteArray();
    }

    private static void cell(Worksheet sheet, int r, int c, Object value) {
        if (value instanceof BigDecimal decimal) {
            sheet.value(r, c, decimal);
        } else if (value instanceof Number number) {
            sheet.value(r, c, number);
        } else if (value instanceof java.time.LocalDate date) {
            sheet.value(r, c, date);
            sheet.style(r, c).format("dd-mm-yyyy").set();
        } else if (value != null) {
            sheet.value(r, c, value.toString());
        }
    }
}
