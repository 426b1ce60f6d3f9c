package dk.mentor.catalog.api;

import dk.mentor.catalog.api.spreadsheet.Table;
import dk.mentor.kit.csv.DanishCsv;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one column layout of the catalogue spreadsheet, for CSV and XLSX, import and export
 * (docs/catalog-import-format.md). Lists are separated by '|'; a meeting window is "TUESDAY 08:00-16:00";
 * decimals are read with a comma or a point. A row becomes the same JSON body as POST /api/v1/mentors,
 * so it meets exactly the API's rules.
 */
final class MentorColumns {

    static final String LIST_SEPARATOR = "|";
    private static final Pattern WINDOW = Pattern.compile("([A-Za-z]+)\\s+(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2})");

    /** Column, and how an exported mentor fills it. */
    private record Column(String name, Function<MentorResponse, Object> value) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("id", MentorResponse::id),
            new Column("status", MentorResponse::status),
            new Column("displayName", MentorResponse::displayName),
            new Column("kind", MentorResponse::kind),
            new Column("homeMunicipality", MentorResponse::homeMunicipality),
            new Column("legalBases", MentorResponse::legalBases),
            new Column("organisationId", MentorResponse::organisationId),
            new Column("sharingScope", MentorResponse::sharingScope),
            new Column("sharedWith", MentorResponse::sharedWith),
            new Column("accountUsername", MentorResponse::accountUsername),
            new Column("email", m -> m.contact() == null ? null : m.contact().email()),
            new Column("phone", m -> m.contact() == null ? null : m.contact().phone()),
            new Column("address", m -> m.contact() == null ? null : m.contact().address()),
            new Column("gender", MentorResponse::gender),
            new Column("birthYear", MentorResponse::birthYear),
            new Column("languages", MentorResponse::languages),
            new Column("competences", MentorResponse::competences),
            new Column("targetGroups", MentorResponse::targetGroups),
            new Column("roleModelTags", MentorResponse::roleModelTags),
            new Column("motivation", MentorResponse::motivation),
            new Column("background", MentorResponse::background),
            new Column("presentation", MentorResponse::presentation),
            new Column("photoUrl", MentorResponse::photoUrl),
            new Column("preferences", MentorResponse::preferences),
            new Column("meetingWindows", m -> m.meetingWindows().stream()
                    .map(w -> w.day() + " " + w.from() + "-" + w.to()).toList()),
            new Column("eveningsAndWeekends", MentorResponse::eveningsAndWeekends),
            new Column("meetingPlaces", MentorResponse::meetingPlaces),
            new Column("areaMunicipality", MentorResponse::areaMunicipality),
            new Column("postcode", MentorResponse::postcode),
            new Column("capacityCitizens", MentorResponse::capacityCitizens),
            new Column("capacityHoursPerWeek", MentorResponse::capacityHoursPerWeek),
            new Column("hourlyRate", m -> m.paidTerms().hourlyRate()),
            new Column("transportPaid", m -> m.paidTerms().transportPaid()),
            new Column("cancellationsPaid", m -> m.paidTerms().cancellationsPaid()),
            new Column("trainingPaid", m -> m.paidTerms().trainingPaid()),
            new Column("commitmentMonths", MentorResponse::commitmentMonths));

    static final List<String> NAMES = COLUMNS.stream().map(Column::name).toList();
    static final List<String> REQUIRED = List.of("displayName", "kind", "homeMunicipality", "legalBases",
            "capacityCitizens", "capacityHoursPerWeek");
    private static final List<String> LISTS = List.of("legalBases", "sharedWith", "languages", "competences",
            "targetGroups", "roleModelTags", "meetingPlaces");

    private MentorColumns() {
    }

    /** Each mentor's cells in column order: lists joined by '|', numbers and flags kept as such for the writer. */
    static List<List<Object>> rows(List<MentorResponse> mentors) {
        return mentors.stream().map(m -> COLUMNS.stream().map(c -> cell(c.value().apply(m))).toList()).toList();
    }

    /** The rows as text cells, for a workbook; decimals keep their point there. */
    static Table table(List<List<Object>> rows) {
        List<Table.Line> lines = new ArrayList<>();
        int number = 2;
        for (List<Object> row : rows) {
            lines.add(new Table.Line(number++, row.stream().map(MentorColumns::text).toList()));
        }
        return new Table(NAMES, lines);
    }

    /** The row as the JSON body of the API; a value that cannot be read is reported against its column. */
    static Map<String, Object> body(Map<String, String> row, List<RowProblem> problems) {
        Map<String, Object> body = new LinkedHashMap<>();
        Map<String, Object> contact = new LinkedHashMap<>();
        Map<String, Object> paid = new LinkedHashMap<>();
        row.forEach((column, raw) -> {
            String value = raw == null ? "" : raw.strip();
            if (value.isEmpty() || column.equals("id") || column.equals("status")) {
                return;
            }
            switch (column) {
                case "email", "phone", "address" -> contact.put(column, value);
                case "hourlyRate" -> paid.put(column, decimal(column, value, problems));
                case "transportPaid", "cancellationsPaid", "trainingPaid" -> paid.put(column, flag(column, value, problems));
                case "eveningsAndWeekends" -> body.put(column, flag(column, value, problems));
                case "meetingWindows" -> body.put(column, windows(value, problems));
                case "capacityHoursPerWeek" -> body.put(column, decimal(column, value, problems));
                default -> body.put(column, LISTS.contains(column) ? split(value) : value);
            }
        });
        LISTS.stream().filter(REQUIRED::contains).forEach(list -> body.putIfAbsent(list, List.of()));
        if (!contact.isEmpty()) {
            body.put("contact", contact);
        }
        if (!paid.isEmpty()) {
            body.put("paidTerms", paid);
        }
        return body;
    }

    record RowProblem(String field, String reason) {
    }

    private static List<String> split(String value) {
        return java.util.Arrays.stream(value.split(Pattern.quote(LIST_SEPARATOR))).map(String::strip)
                .filter(v -> !v.isEmpty()).toList();
    }

    private static Boolean flag(String column, String value, List<RowProblem> problems) {
        switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "ja", "1", "x" -> { return true; }
            case "false", "no", "nej", "0" -> { return false; }
            default -> {
                problems.add(new RowProblem(column, "must be true or false (ja/nej), not '" + value + "'"));
                return null;
            }
        }
    }

    private static BigDecimal decimal(String column, String value, List<RowProblem> problems) {
        try {
            return DanishCsv.decimal(value);
        } catch (NumberFormatException e) {
            problems.add(new RowProblem(column, "must be a number, like 4,5 or 4.5"));
            return null;
        }
    }

    private static List<Map<String, String>> windows(String value, List<RowProblem> problems) {
        List<Map<String, String>> windows = new ArrayList<>();
        for (String part : split(value)) {
            Matcher m = WINDOW.matcher(part);
            if (!m.matches()) {
                problems.add(new RowProblem("meetingWindows", "'" + part + "' is not like TUESDAY 08:00-16:00"));
                continue;
            }
            windows.add(Map.of("day", m.group(1).toUpperCase(Locale.ROOT), "from", pad(m.group(2)), "to", pad(m.group(3))));
        }
        return windows;
    }

    private static String pad(String time) {
        return time.length() == 4 ? "0" + time : time;
    }

    private static Object cell(Object value) {
        if (value instanceof List<?> list) {
            return String.join(LIST_SEPARATOR, list.stream().map(Objects::toString).toList());
        }
        return value instanceof BigDecimal || value instanceof Number || value instanceof Boolean || value == null
                ? value : value.toString();
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }
}
