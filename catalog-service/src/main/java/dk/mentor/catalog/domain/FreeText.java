package dk.mentor.catalog.domain;

import dk.mentor.contracts.codes.Cpr;
import dk.mentor.contracts.rules.RuleViolation;
import java.util.regex.Pattern;

/**
 * Free text in the catalogue speaks of people by their situation, never by their CPR number: the
 * citizen's identity belongs to the plan in followup, and a number typed into a note or a topic would
 * travel with it into screens and exports.
 */
public final class FreeText {

    private static final Pattern CPR_LIKE = Pattern.compile("(?<![0-9])[0-9]{6}-?[0-9]{4}(?![0-9])");

    private FreeText() {
    }

    /** @throws RuleViolation on the field when the text holds a valid CPR number */
    public static void requireNoCpr(String text, String field, String what) {
        if (text != null && CPR_LIKE.matcher(text).results().anyMatch(m -> Cpr.isValid(m.group()))) {
            throw RuleViolation.onField(what + " must not hold a CPR number", field, "must not hold a CPR number");
        }
    }
}
