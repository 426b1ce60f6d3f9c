package dk.mentor.matching.api;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MeetingAnswerOutcome", description = "The referral after an answer, and the mentorship when two yeses started it.")
public record AnswerResponse(
        @Schema(description = "The referral after the answer.") ReferralResponse referral,
        @Schema(description = "The mentorship that started, or null.", example = "9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d") UUID mentorshipId,
        @Schema(description = "What comes next: AWAIT_OTHER_ANSWER, MENTORSHIP_STARTED, CHOOSE_AGAIN (after a no, the citizen"
                + " chooses among the rest of the shortlist) or NEW_SHORTLIST (nobody left).", example = "CHOOSE_AGAIN") String nextStep) {
}
