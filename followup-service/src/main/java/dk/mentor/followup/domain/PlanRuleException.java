package dk.mentor.followup.domain;

import java.util.List;

/** A rule of the plan that a well-formed request broke; answered as 422 with the reason and the fields. */
public class PlanRuleException extends RuntimeException {

    /** One field the rule is about, and why. */
    public record Issue(String field, String message) {
    }

    private final List<Issue> issues;

    public PlanRuleException(String reason) {
        this(reason, List.of());
    }

    public PlanRuleException(String reason, List<Issue> issues) {
        super(reason, null, false, false);
        this.issues = List.copyOf(issues);
    }

    public List<Issue> issues() {
        return issues;
    }
}
