package dk.mentor.followup.api;

import dk.mentor.followup.domain.Goal;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

final class GoalDtos {

    private GoalDtos() {
    }

    @Schema(name = "ProposeGoalRequest", description = "A sub-goal on the way to the long-term goal.")
    record ProposeGoalRequest(
            @Schema(description = "What the citizen aims for.", example = "Meet on time three weeks in a row") @NotBlank @Size(max = 2000) String description,
            @Schema(description = "When it should be reached.", example = "2027-01-31") LocalDate targetDate) {
    }

    @Schema(name = "GoalStatusRequest", description = "Moves a sub-goal on in its lifecycle; send the goal's ETag in If-Match.")
    record GoalStatusRequest(
            @Schema(ref = OpenApiComponents.GOAL_STATUS, required = true, description = "The new status.", example = "ACTIVE")
            @NotNull Goal.Status status) {
    }

    @Schema(name = "Goal", description = "A sub-goal of the plan.")
    record GoalResponse(
            @Schema(description = "The goal's id.") UUID id,
            @Schema(description = "What the citizen aims for.", example = "Meet on time three weeks in a row") String description,
            @Schema(ref = OpenApiComponents.GOAL_STATUS, description = "PROPOSED, ACTIVE, ACHIEVED or ABANDONED.", example = "ACTIVE")
            Goal.Status status,
            @Schema(description = "When it should be reached.", example = "2027-01-31") LocalDate targetDate,
            @Schema(description = "When it was proposed.") Instant createdAt,
            @Schema(description = "When its status last changed.") Instant changedAt,
            @Schema(description = "The version; also the ETag.", example = "0") long version) {

        static GoalResponse from(Goal g) {
            return new GoalResponse(g.id(), g.description(), g.status(), g.targetDate(), g.createdAt(), g.changedAt(), g.version());
        }
    }
}
