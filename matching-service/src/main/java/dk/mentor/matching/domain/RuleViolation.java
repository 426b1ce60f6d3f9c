package dk.mentor.matching.domain;

/** A business rule refused the change (answered 422); the message says which rule, without personal data. */
public class RuleViolation extends RuntimeException {

    public RuleViolation(String message) {
        super(message, null, false, false);
    }
}
