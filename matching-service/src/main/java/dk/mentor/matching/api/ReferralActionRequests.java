package dk.mentor.matching.api;

import dk.mentor.contracts.codes.MeetingPlace;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the steps of the flow: choose, schedule the meeting, answer. */
final class ReferralActionRequests {

    private ReferralActionRequests() {
    }

    enum ChosenBy { CITIZEN, CASEWORKER }

    enum Party { CITIZEN, MENTOR }

    enum Answer { YES, NO }

    @Schema(name = "Choice", description = "The mentor the citizen (or the caseworker with them) chose.")
    record ChoiceRequest(
            @Schema(description = "The chosen proposal of this referral.", example = "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9") @NotNull UUID proposalId,
            @Schema(description = "Who chose.", example = "CITIZEN") @NotNull ChosenBy chosenBy) {
    }

    @Schema(name = "Meeting", description = "The three-party meeting of caseworker, mentor and citizen.")
    record MeetingRequest(
            @Schema(description = "When.", example = "2026-12-02T09:00:00Z") @NotNull Instant at,
            @Schema(description = "Where.", example = "JOB_CENTRE") @NotNull MeetingPlace place) {
    }

    @Schema(name = "MeetingAnswer", description = "One party's final yes or no after the three-party meeting.")
    record AnswerRequest(
            @Schema(description = "Who answers.", example = "MENTOR") @NotNull Party party,
            @Schema(description = "YES or NO.", example = "NO") @NotNull Answer answer,
            @Schema(description = "Why; required for a no. No CPR numbers or health details.", example = "Cannot meet on weekdays")
            @Size(max = 500) String reason) {
    }
}
