package dk.mentor.followup.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.mentor.kit.csv.DanishCsv;
import dk.mentor.kit.problem.Problem;
import dk.mentor.kit.problem.ProblemException;
import dk.mentor.kit.problem.ProblemType;
import java.math.BigDecimal;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The column layout of a meeting import in CSV (docs/meeting-import-format.md). A row becomes the
 * JSON of one item of the JSON import, so it meets the same rules; what cannot even become JSON (a
 * date that is no date, a number that is no number) is reported against its column.
 */
final class MeetingImportColumns {

    static final List<String> NAMES = List.of("planId", "participantId", "date", "startTime", "durationMinutes", "mode",
            "place", "attendance", "transportMinutes", "activationRelevant", "minutes", "note", "noteVisibility",
            "externalSystem", "externalId");
    static final List<String> REQUIRED = List.of("planId", "date", "durationMinutes", "mode", "attendance");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})");
    private static final Pattern SPLIT = Pattern.compile("\\s*([A-Za-z0-9_]{1,20})\\s*:\\s*(\\d{1,4})\\s*");
    /** A header cell is named in an error only this far, and only its printable part. */
    private static final int SHOWN = 40;

    private MeetingImportColumns() {
    }

    static void checkHeader(List<String> header) {
        if (header.isEmpty() || header.stream().allMatch(String::isEmpty)) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "The file is empty; the first row must name the columns");
        }
        List<Problem.FieldError> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String column : header) {
            if (!column.isEmpty() && !NAMES.contains(column)) {
                problems.add(new Problem.FieldError(shown(column), "unknown column (is the separator ';' or ','?);"
                        + " see docs/meeting-import-format.md"));
            } else if (!column.isEmpty() && !seen.add(column)) {
                problems.add(new Problem.FieldError(column, "column appears more than once"));
            }
        }
        REQUIRED.stream().filter(r -> !header.contains(r))
                .forEach(r -> problems.add(new Problem.FieldError(r, "required column is missing")));
        if (!problems.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "The header row does not match the meeting import layout",
                    problems);
        }
    }

    /** The row as one item of the JSON import; each unreadable cell is reported to {@code problems} by column. */
    static JsonNode item(ObjectMapper json, List<String> header, List<String> cells, BiConsumer<String, String> problems) {
        ObjectNode item = json.createObjectNode();
        if (cells.size() > header.size()) {
            problems.accept(null, "has " + cells.size() + " cells but the header names " + header.size()
                    + " columns (a separator in an unquoted cell?)");
            return item;
        }
        ObjectNode reference = json.createObjectNode();
        for (int c = 0; c < cells.size(); c++) {
            String column = header.get(c);
            String value = cells.get(c).strip();
            if (value.isEmpty() || column.isEmpty()) {
                continue;
            }
            switch (column) {
                case "date" -> date(value, item, problems);
                case "startTime" -> time(value, item, problems);
                case "durationMinutes", "transportMinutes" -> whole(column, value, item, problems);
                case "activationRelevant" -> flag(value, item, problems);
                case "minutes" -> split(value, item, problems);
                case "externalSystem" -> reference.put("system", value);
                case "externalId" -> reference.put("id", value);
                default -> item.put(column, value);
            }
        }
        if (!reference.isEmpty()) {
            item.set("externalReference", reference);
        }
        return item;
    }

    private static void date(String value, ObjectNode item, BiConsumer<String, String> problems) {
        try {
            item.put("date", DanishCsv.date(value).toString());
        } catch (DateTimeParseException e) {
            problems.accept("date", "must be a date as dd-mm-yyyy or yyyy-mm-dd");
        }
    }

    private static void time(String value, ObjectNode item, BiConsumer<String, String> problems) {
        Matcher m = TIME.matcher(value);
        if (!m.matches()) {
            problems.accept("startTime", "must be a time as HH:mm, like 09:30");
            return;
        }
        item.put("startTime", (m.group(1).length() == 1 ? "0" : "") + m.group(1) + ":" + m.group(2));
    }

    private static void whole(String column, String value, ObjectNode item, BiConsumer<String, String> problems) {
        try {
            BigDecimal number = DanishCsv.decimal(value);
            item.put(column, number.intValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            problems.accept(column, "must be a whole number of minutes");
        }
    }

    private static void flag(String value, ObjectNode item, BiConsumer<String, String> problems) {
        switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "ja", "1" -> item.put("activationRelevant", true);
            case "false", "no", "nej", "0" -> item.put("activationRelevant", false);
            default -> problems.accept("activationRelevant", "must be ja or nej (true or false)");
        }
    }

    /** "LAB_167:45|SEL_85:15": the minutes per legal basis. */
    private static void split(String value, ObjectNode item, BiConsumer<String, String> problems) {
        ArrayNode minutes = item.putArray("minutes");
        for (String part : value.split("\\|")) {
            Matcher m = SPLIT.matcher(part);
            if (!m.matches()) {
                problems.accept("minutes", "must be like LAB_167:45|SEL_85:15");
                return;
            }
            minutes.addObject().put("legalBasis", m.group(1)).put("minutes", Integer.parseInt(m.group(2)));
        }
    }

    private static String shown(String column) {
        String printable = column.codePoints().limit(SHOWN)
                .map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return column.length() > SHOWN ? printable + "..." : printable;
    }
}
