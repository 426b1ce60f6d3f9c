package dk.mentor.catalog.api.spreadsheet;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV as RFC 4180: quoted fields may hold the delimiter, quotes ("") and line breaks. The delimiter is
 * a comma, or a semicolon when the header uses it (Danish Excel saves CSV with semicolons).
 */
public final class CsvCodec {

    private static final String BOM = "\uFEFF";

    private CsvCodec() {
    }

    public static Table read(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith(BOM)) {
            text = text.substring(1);
        }
        char delimiter = delimiterOf(text);
        List<List<String>> records = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == delimiter) {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                lineNumbers.add(recordLine);
                record = new ArrayList<>();
                line++;
                recordLine = line;
            } else {
                field.append(c);
            }
        }
        if (!field.isEmpty() || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
            lineNumbers.add(recordLine);
        }
        if (records.isEmpty()) {
            return new Table(List.of(), List.of());
        }
        List<Table.Line> lines = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            lines.add(new Table.Line(lineNumbers.get(r), records.get(r)));
        }
        return new Table(records.get(0).stream().map(String::strip).toList(), lines);
    }

    public static byte[] write(Table table) {
        StringBuilder out = new StringBuilder();
        appendRecord(out, table.header());
        table.lines().forEach(line -> appendRecord(out, line.cells()));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void appendRecord(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String cell = cells.get(i) == null ? "" : cells.get(i);
            if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r") || cell.contains(";")) {
                out.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                out.append(cell);
            }
        }
        out.append("\r\n");
    }

    private static char delimiterOf(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        return header.contains(";") && !header.contains(",") ? ';' : ',';
    }
}
