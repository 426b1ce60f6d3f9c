package dk.mentor.catalog.api;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mentor.catalog.api.spreadsheet.Table;
import dk.mentor.catalog.application.ImportMentors;
import dk.mentor.contracts.rules.RuleViolation;
import dk.mentor.kit.codes.CodeLists;
import dk.mentor.kit.problem.Problem;
import dk.mentor.kit.problem.ProblemException;
import dk.mentor.kit.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Turns the rows of a catalogue spreadsheet into checked mentor details, or into a reason per bad row. */
@ApplicationScoped
public class MentorRows {

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    @Inject
    CodeLists codeLists;

    record Parsed(List<ImportMentors.Row> rows, List<ImportMentors.RowError> errors, int count) {
    }

    Parsed parse(Table table) {
        checkHeader(table.header());
        List<ImportMentors.Row> rows = new ArrayList<>();
        List<ImportMentors.RowError> errors = new ArrayList<>();
        int count = 0;
        for (Table.Line line : table.lines()) {
            if (line.isBlank()) {
                continue;
            }
            count++;
            Map<String, String> cells = new LinkedHashMap<>();
            for (int c = 0; c < table.header().size(); c++) {
                cells.put(table.header().get(c), line.cell(c));
            }
            List<ImportMentors.RowError> rowErrors = new ArrayList<>();
            ImportMentors.Row row = row(line.number(), cells, rowErrors);
            if (rowErrors.isEmpty()) {
                rows.add(row);
            }
            errors.addAll(rowErrors);
        }
        return new Parsed(rows, errors, count);
    }

    private ImportMentors.Row row(int number, Map<String, String> cells, List<ImportMentors.RowError> errors) {
        List<MentorColumns.RowProblem> problems = new ArrayList<>();
        Map<String, Object> body = MentorColumns.body(cells, problems);
        UUID id = id(cells.getOrDefault("id", ""), problems);
        problems.forEach(p -> errors.add(new ImportMentors.RowError(number, p.field(), p.reason())));
        if (!errors.isEmpty()) {
            return null;
        }
        MentorRequest request;
        try {
            request = json.convertValue(body, MentorRequest.class);
        } catch (IllegalArgumentException e) {
            errors.add(new ImportMentors.RowError(number, fieldOf(e), "has a value of the wrong type"));
            return null;
        }
        Set<ConstraintViolation<MentorRequest>> violations = validator.validate(request);
        violations.stream().sorted(java.util.Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> errors.add(new ImportMentors.RowError(number, v.getPropertyPath().toString(), v.getMessage())));
        if (!errors.isEmpty()) {
            return null;
        }
        try {
            return new ImportMentors.Row(number, id, request.homeMunicipality(), request.toDetails(codeLists));
        } catch (ProblemException e) {
            e.errors().forEach(f -> errors.add(new ImportMentors.RowError(number, f.field(), f.message())));
            return null;
        } catch (RuleViolation e) {
            e.issues().forEach(f -> errors.add(new ImportMentors.RowError(number, f.field(), f.message())));
            return null;
        }
    }

    private static UUID id(String value, List<MentorColumns.RowProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            problems.add(new MentorColumns.RowProblem("id", "is not a mentor id (UUID); leave it empty for a new mentor"));
            return null;
        }
    }

    private static String fieldOf(IllegalArgumentException e) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return mapping.getPath().stream().map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
        }
        return null;
    }

    private static void checkHeader(List<String> header) {
        List<Problem.FieldError> problems = new ArrayList<>();
        if (header.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "The file is empty; the first row must name the columns");
        }
        header.stream().filter(h -> !h.isEmpty() && !MentorColumns.NAMES.contains(h))
                .forEach(h -> problems.add(new Problem.FieldError(h, "unknown column; see docs/catalog-import-format.md")));
        MentorColumns.REQUIRED.stream().filter(r -> !header.contains(r))
                .forEach(r -> problems.add(new Problem.FieldError(r, "required column is missing")));
        header.stream().filter(h -> !h.isEmpty()).collect(Collectors.groupingBy(h -> h, Collectors.counting()))
                .forEach((h, n) -> {
                    if (n > 1) {
                        problems.add(new Problem.FieldError(h, "column appears " + n + " times"));
                    }
                });
        if (!problems.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "The header row does not match the catalogue layout", problems);
        }
    }
}
