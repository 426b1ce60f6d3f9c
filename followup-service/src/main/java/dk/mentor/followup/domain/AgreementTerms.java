package dk.mentor.followup.domain;

import dk.mentor.contracts.rules.RuleViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What a mentor agreement must state. STAR's audit found agreements missing these, so each one is
 * required and a missing one is named (landscape-and-law §5.1).
 */
public record AgreementTerms(String goal, String mentorName, String mentorContact, String tasks, LocalDate periodFrom,
                             LocalDate periodTo, BigDecimal hoursPerWeek, String complaintGuidance,
                             boolean activation, UUID renews, String renewalAssessment) {

    /** The required terms that are missing or blank, by field name, in the order of the form. */
    public List<RuleViolation.FieldIssue> missing() {
        List<RuleViolation.FieldIssue> issues = new ArrayList<>();
        text(goal, "goal", issues);
        text(mentorName, "mentorName", issues);
        text(mentorContact, "mentorContact", issues);
        text(tasks, "tasks", issues);
        present(periodFrom, "periodFrom", issues);
        present(periodTo, "periodTo", issues);
        present(hoursPerWeek, "hoursPerWeek", issues);
        text(complaintGuidance, "complaintGuidance", issues);
        return issues;
    }

    private static void text(String value, String field, List<RuleViolation.FieldIssue> issues) {
        if (value == null || value.isBlank()) {
            issues.add(new RuleViolation.FieldIssue(field, "is required in a mentor agreement"));
        }
    }

    private static void present(Object value, String field, List<RuleViolation.FieldIssue> issues) {
        if (value == null) {
            issues.add(new RuleViolation.FieldIssue(field, "is required in a mentor agreement"));
        }
    }
}
