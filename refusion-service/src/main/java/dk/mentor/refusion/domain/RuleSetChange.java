package dk.mentor.refusion.domain;

import java.time.OffsetDateTime;

/** One entry of a rule row's change log: what happened, who did it, when, and the row before and after as JSON. */
public record RuleSetChange(String change, String changedBy, OffsetDateTime changedAt, String beforeJson,
                            String afterJson) {
}
