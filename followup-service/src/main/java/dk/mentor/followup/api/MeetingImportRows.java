package dk.mentor.followup.api;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mentor.followup.api.MeetingImportDtos.MeetingImportItem;
import dk.mentor.followup.application.ImportMeetings;
import dk.mentor.contracts.rules.RuleViolation;
import dk.mentor.kit.codes.CodeLists;
import dk.mentor.kit.csv.DanishCsv;
import dk.mentor.kit.json.SafeText;
import dk.mentor.kit.problem.ProblemException;
import dk.mentor.kit.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads an import body, JSON or CSV, into rows checked exactly as the JSON body of logging one
 * meeting is (the same types, text rules and field constraints), or into a reason per bad row. A
 * CSV row becomes that JSON first, so both formats meet one set of rules.
 */
@ApplicationScoped
public class MeetingImportRows {

    @Inject
    CodeLists codeLists;

    @Inject
    ObjectMapper json;
    @Inject
    Validator validator;

    record Parsed(List<ImportMeetings.Row> rows, List<ImportMeetings.RowError> errors) {
    }

    /** A row before reading: its number and its JSON. */
    private record Raw(int number, JsonNode item, List<ImportMeetings.RowError> cellErrors) {
    }

    Parsed fromJson(byte[] body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (IOException e) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "The body is not well-formed JSON");
        }
        if (root == null || !root.isObject() || !root.path("meetings").isArray()) {
            throw ProblemException.invalidField("meetings", "the body must be an object with a list of meetings");
        }
        Iterator<String> names = root.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!name.equals("meetings")) {
                throw ProblemException.invalidField("meetings", "is the only field of the body");
            }
        }
        JsonNode meetings = root.get("meetings");
        requireWithinBound(meetings.size());
        List<Raw> raw = new ArrayList<>();
        for (int i = 0; i < meetings.size(); i++) {
            raw.add(new Raw(i + 1, meetings.get(i), List.of()));
        }
        return read(raw);
    }

    Parsed fromCsv(byte[] body) {
        DanishCsv.Sheet sheet;
        try {
            sheet = DanishCsv.read(body);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "The body is not well-formed CSV (e.g. a quote is not closed)");
        }
        MeetingImportColumns.checkHeader(sheet.header());
        requireWithinBound(sheet.rows().size());
        List<Raw> raw = new ArrayList<>();
        for (DanishCsv.Row row : sheet.rows()) {
            int number = Math.toIntExact(row.line());
            List<ImportMeetings.RowError> cellErrors = new ArrayList<>();
            JsonNode item = MeetingImportColumns.item(json, sheet.header(), row.cells(),
                    (column, reason) -> cellErrors.add(new ImportMeetings.RowError(number, column, reason)));
            raw.add(new Raw(number, item, cellErrors));
        }
        return read(raw);
    }

    /** Why the bound: see docs/meeting-import-format.md. */
    private static void requireWithinBound(int rows) {
        if (rows > ImportMeetings.MAX_ROWS) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "An import holds at most " + ImportMeetings.MAX_ROWS
                    + " meetings, this one " + rows + "; send the period in parts (each part is all or nothing)");
        }
    }

    private Parsed read(List<Raw> raw) {
        List<ImportMeetings.Row> rows = new ArrayList<>();
        List<ImportMeetings.RowError> errors = new ArrayList<>();
        for (Raw r : raw) {
            if (!r.cellErrors().isEmpty()) {
                errors.addAll(r.cellErrors());
                continue;
            }
            List<ImportMeetings.RowError> rowErrors = new ArrayList<>();
            ImportMeetings.Row row = row(r.number(), r.item(), rowErrors);
            if (row != null) {
                rows.add(row);
            }
            errors.addAll(rowErrors);
        }
        return new Parsed(rows, errors);
    }

    private ImportMeetings.Row row(int number, JsonNode node, List<ImportMeetings.RowError> errors) {
        if (node == null || !node.isObject()) {
            errors.add(new ImportMeetings.RowError(number, null, "a meeting must be an object"));
            return null;
        }
        MeetingImportItem item;
        try {
            item = json.treeToValue(node, MeetingImportItem.class);
        } catch (IOException | IllegalArgumentException e) {
            errors.add(new ImportMeetings.RowError(number, fieldOf(e), unreadable(e)));
            return null;
        }
        validator.validate(item).stream().sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach((ConstraintViolation<MeetingImportItem> v) -> errors.add(
                        new ImportMeetings.RowError(number, v.getPropertyPath().toString(), v.getMessage())));
        if (!errors.isEmpty()) {
            return null;
        }
        try {
            return item.toRow(number, codeLists);
        } catch (ProblemException e) {
            e.errors().forEach(f -> errors.add(new ImportMeetings.RowError(number, f.field(), f.message())));
            return null;
        } catch (RuleViolation e) {
            e.issues().forEach(f -> errors.add(new ImportMeetings.RowError(number, f.field(), f.message())));
            return null;
        }
    }

    /** Never the value itself: it may be huge or hostile. */
    private static String unreadable(Exception e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        return message.contains(SafeText.RULE) ? SafeText.RULE : "cannot be read as this field's type";
    }

    private static String fieldOf(Exception e) {
        Throwable cause = e instanceof JsonMappingException ? e : e.getCause();
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
        }
        return null;
    }
}
