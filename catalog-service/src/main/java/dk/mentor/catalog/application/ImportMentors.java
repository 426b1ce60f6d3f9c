package dk.mentor.catalog.application;

import dk.mentor.catalog.domain.Mentor;
import dk.mentor.catalog.domain.MentorDetails;
import dk.mentor.contracts.rules.RuleViolation;
import dk.mentor.kit.access.Caller;
import dk.mentor.kit.problem.Problem;
import dk.mentor.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Imports the coordinator's spreadsheet. Every row is checked first, against the same rules as the API;
 * a dry run stops there and reports every bad row. A real import writes only when no row is bad, and
 * then writes all rows (and their events) in one transaction: all or nothing.
 */
@ApplicationScoped
public class ImportMentors {

    @Inject
    RegisterMentor registerMentor;

    @Inject
    EditMentor editMentor;

    @Inject
    MentorAccess access;

    @Inject
    MentorDetailsCheck detailsCheck;

    @Inject
    Caller caller;

    /** A parsed row: a new mentor when id is null, else an update of that mentor. */
    public record Row(int number, UUID id, String homeMunicipality, MentorDetails details) {
    }

    public record RowError(int row, String field, String reason) {
    }

    public record Report(boolean dryRun, boolean written, int rows, int registered, int updated, List<RowError> errors) {
    }

    @Transactional
    public Report run(List<Row> rows, List<RowError> unreadable, int rowCount, boolean dryRun) {
        List<RowError> errors = new ArrayList<>(unreadable);
        rows.forEach(row -> check(row, errors));
        duplicateAccounts(rows, errors);
        errors.sort(java.util.Comparator.comparingInt(RowError::row));
        int registering = (int) rows.stream().filter(r -> r.id() == null).count();
        if (dryRun || !errors.isEmpty()) {
            return new Report(dryRun, false, rowCount, registering, rows.size() - registering, errors);
        }
        for (Row row : rows) {
            if (row.id() == null) {
                registerMentor.register(row.homeMunicipality(), row.details());
            } else {
                editMentor.editFromImport(row.id(), row.details());
            }
        }
        return new Report(false, true, rowCount, registering, rows.size() - registering, List.of());
    }

    private void check(Row row, List<RowError> errors) {
        try {
            if (row.id() == null) {
                if (!caller.actsFor(row.homeMunicipality())) {
                    throw ProblemException.invalidField("homeMunicipality", "you do not act for municipality " + row.homeMunicipality());
                }
                Mentor.checkDetails(row.homeMunicipality(), row.details());
            } else {
                Mentor mentor = access.toEdit(row.id(), "import");
                if (!mentor.homeMunicipality().equals(row.homeMunicipality())) {
                    throw ProblemException.invalidField("homeMunicipality", "a mentor's home municipality cannot change");
                }
                mentor.checkEdit(row.details());
            }
            detailsCheck.check(row.details(), row.id());
        } catch (RuleViolation e) {
            errors.add(new RowError(row.number(), null, e.getMessage()));
        } catch (ProblemException e) {
            if (e.errors().isEmpty()) {
                errors.add(new RowError(row.number(), null, e.getMessage()));
            }
            for (Problem.FieldError field : e.errors()) {
                errors.add(new RowError(row.number(), field.field(), field.message()));
            }
        }
    }

    private static void duplicateAccounts(List<Row> rows, List<RowError> errors) {
        Map<String, Integer> firstRow = new HashMap<>();
        for (Row row : rows) {
            String account = row.details().accountUsername();
            if (account != null) {
                Integer first = firstRow.putIfAbsent(account, row.number());
                if (first != null) {
                    errors.add(new RowError(row.number(), "accountUsername", "the account " + account
                            + " is also given in row " + first));
                }
            }
        }
    }
}
