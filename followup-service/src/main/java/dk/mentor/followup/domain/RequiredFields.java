package dk.mentor.followup.domain;

import dk.mentor.contracts.rules.RuleViolation;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the required fields of a form that are missing, so a refusal names every one of them at
 * once (STAR's audit found agreements lacking terms; a form sent back one field at a time wastes rounds).
 */
final class RequiredFields {

    private final String message;
    private final List<RuleViolation.FieldIssue> missing = new ArrayList<>();

    /** @param form what the fields belong to, e.g. "a mentor agreement" */
    RequiredFields(String form) {
        this.message = "is required in " + form;
    }

    /** A text that is null or blank is missing. */
    RequiredFields text(String value, String field) {
        return present(value == null || value.isBlank() ? null : value, field);
    }

    RequiredFields present(Object value, String field) {
        if (value == null) {
            missing.add(new RuleViolation.FieldIssue(field, message));
        }
        return this;
    }

    List<RuleViolation.FieldIssue> missing() {
        return List.copyOf(missing);
    }
}
