package dk.mentor.kit.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV as Danish Excel reads and writes it: UTF-8 with a byte-order mark (without it Excel guesses
 * Windows-1252 and mangles æ, ø and å), semicolons between cells (the comma is the decimal sign),
 * decimal commas and dd-MM-yyyy dates. A text cell that starts like a formula is neutralised on
 * export, so a name such as "=HYPERLINK(...)" typed into the suite cannot run in a finance officer's
 * spreadsheet (CSV injection). Import accepts what Excel or a script may send: with or without the
 * byte-order mark, semicolons or commas, decimal comma or point; and it takes the neutralising mark
 * off again, so an exported file can be edited and imported back unchanged.
 */
public final class DanishCsv {

    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";
    static final char BOM = '\uFEFF';
    static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private static final CSVFormat WRITE = CSVFormat.RFC4180.builder().setDelimiter(';').setRecordSeparator("\r\n").get();

    private DanishCsv() {
    }

    /** A CSV file read whole: the header's cells (stripped) and the records after it with their line numbers. */
    public record Sheet(List<String> header, List<Row> rows) {
    }

    /** One record; {@code line} is where it starts in the file (1 is the header), for error messages. */
    public record Row(long line, List<String> cells) {
    }

    /** Numbers with a decimal comma, dates as dd-MM-yyyy, text neutralised; null is an empty cell. */
    public static byte[] write(List<String> header, List<? extends List<?>> rows) {
        StringBuilder out = new StringBuilder().append(BOM);
        try (CSVPrinter printer = new CSVPrinter(out, WRITE)) {
            printer.printRecord(header.stream().map(DanishCsv::cell).toList());
            for (List<?> row : rows) {
                printer.printRecord(row.stream().map(DanishCsv::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The text of one cell as {@link #write} puts it. */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString().replace('.', ',');
        }
        if (value instanceof Double || value instanceof Float) {
            return BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros().toPlainString().replace('.', ',');
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof LocalDate date) {
            return DANISH_DATE.format(date);
        }
        return neutralised(value.toString());
    }

    private static String neutralised(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static String restored(String cell) {
        boolean neutralised = cell.length() > 1 && cell.charAt(0) == '\'' && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0;
        return neutralised ? cell.substring(1) : cell;
    }

    /**
     * Reads a whole file. The delimiter is a semicolon when the header line has more semicolons than
     * commas, otherwise a comma.
     *
     * @throws IllegalArgumentException if the bytes are not well-formed CSV (e.g. an unclosed quote)
     */
    public static Sheet read(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!text.isEmpty() && text.charAt(0) == BOM) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiterOf(text)).get();
        List<String> header = List.of();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            long endOfPrevious = 0; // a quoted cell may span lines, so a record starts after the previous one ended
            for (CSVRecord record : parser) {
                List<String> cells = record.stream().map(DanishCsv::restored).toList();
                if (record.getRecordNumber() == 1) {
                    header = cells.stream().map(String::strip).toList();
                } else if (!(cells.size() == 1 && cells.get(0).isBlank())) {
                    rows.add(new Row(endOfPrevious + 1, cells));
                }
                endOfPrevious = parser.getCurrentLineNumber();
            }
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException("the file is not well-formed CSV: " + e.getMessage(), e);
        }
        return new Sheet(header, rows);
    }

    private static char delimiterOf(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        long semicolons = first.chars().filter(c -> c == ';').count();
        long commas = first.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    /**
     * A number as Danes and others write it: "4,5", "4.5", "1.234,5" or "1234.5"; blank is null.
     *
     * @throws NumberFormatException if it is not a number
     */
    public static BigDecimal decimal(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip().replace(" ", "").replace("\u00A0", "");
        if (s.contains(",")) {
            s = s.replace(".", "").replace(',', '.'); // Danish: point groups thousands, comma is the decimal sign
        }
        return new BigDecimal(s);
    }

    /**
     * A date as dd-MM-yyyy (Danish Excel) or yyyy-MM-dd (ISO); blank is null.
     *
     * @throws DateTimeParseException if it is neither
     */
    public static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip();
        return s.length() == 10 && s.charAt(2) == '-' ? LocalDate.parse(s, DANISH_DATE) : LocalDate.parse(s);
    }
}
