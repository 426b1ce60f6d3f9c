package dk.mentor.catalog.domain;

/** A catalogue rule the request broke; answered as 422 with the reason. */
public class MentorRuleException extends RuntimeException {
    public MentorRuleException(String reason) {
        super(reason);
    }
}
