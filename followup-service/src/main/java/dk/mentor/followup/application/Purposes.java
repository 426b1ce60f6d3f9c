package dk.mentor.followup.application;

import dk.mentor.kit.problem.ProblemException;
import java.util.regex.Pattern;

/**
 * The purpose a caller states for touching a plan (header {@code Access-Purpose}); the audit trail
 * records it. Each endpoint has a default, so a caller who does not state one is audited under it.
 */
public final class Purposes {

    public static final String HEADER = "Access-Purpose";
    public static final int MAX_LENGTH = 200;
    // A purpose is free text and ends up in the audit trail, so it must not carry a CPR number.
    private static final Pattern CPR_LIKE = Pattern.compile("\\d{6}-?\\d{4}");

    private Purposes() {
    }

    public static String or(String stated, String fallback) {
        if (stated == null || stated.isBlank()) {
            return fallback;
        }
        String purpose = stated.strip();
        if (purpose.length() > MAX_LENGTH) {
            throw ProblemException.invalidField(HEADER, "at most " + MAX_LENGTH + " characters");
        }
        if (CPR_LIKE.matcher(purpose).find() || purpose.chars().anyMatch(Character::isISOControl)) {
            throw ProblemException.invalidField(HEADER, "must be plain text without personal identifiers");
        }
        return purpose;
    }
}
