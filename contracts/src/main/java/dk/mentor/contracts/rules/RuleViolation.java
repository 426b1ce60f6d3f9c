package dk.mentor.contracts.rules;

import java.util.List;
import java.util.Objects;

/**
 * A well-formed request that a rule of the domain refuses. Every service throws this one type from
 * its domain and application code, and the service kit answers it in one place: 422 rule-violated,
 * or 409 conflict when the change does not fit the state the resource is in now. It lives here,
 * in plain Java, because a service's domain may depend on nothing but the JDK, its own classes and
 * the shared contracts.
 *
 * <p>The message is shown to the client as the problem's detail, so it must never hold a CPR number,
 * a name or a note. It carries no stack trace: it is an answer, not a fault.
 */
public class RuleViolation extends RuntimeException {

    /** One field the rule is about, and why. */
    public record FieldIssue(String field, String message) {
        public FieldIssue {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(message, "message");
        }
    }

    private final List<FieldIssue> issues;
    private final boolean stateConflict;

    public RuleViolation(String reason) {
        this(reason, List.of());
    }

    public RuleViolation(String reason, List<FieldIssue> issues) {
        this(reason, issues, false);
    }

    private RuleViolation(String reason, List<FieldIssue> issues, boolean stateConflict) {
        super(Objects.requireNonNull(reason, "reason"), null, false, false);
        this.issues = List.copyOf(issues);
        this.stateConflict = stateConflict;
    }

    /** The change does not fit the resource's current state, e.g. an answer before the meeting was held. */
    public static RuleViolation stateConflict(String reason) {
        return new RuleViolation(reason, List.of(), true);
    }

    public List<FieldIssue> issues() {
        return issues;
    }

    public boolean isStateConflict() {
        return stateConflict;
    }
}
