package dk.mentor.refusion.api;

import dk.mentor.refusion.domain.RuleSetChange;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RuleSetChange", description = "One change of a rule row: who, when, and the row before and after.")
public record RuleSetChangeResponse(
        @Schema(description = "SEEDED, CREATED or UPDATED.", example = "UPDATED") String change,
        @Schema(description = "Who made the change.", example = "admin-aarhus") String changedBy,
        @Schema(description = "When.", example = "2026-03-02T10:15:30Z") OffsetDateTime changedAt,
        @Schema(description = "The row before, as JSON; null when created.", example = "{\"ceilingAmount\":1000.00}") String before,
        @Schema(description = "The row after, as JSON.", example = "{\"ceilingAmount\":1500.00}") String after) {

    static RuleSetChangeResponse from(RuleSetChange c) {
        return new RuleSetChangeResponse(c.change(), c.changedBy(), c.changedAt(), c.beforeJson(), c.afterJson());
    }
}
