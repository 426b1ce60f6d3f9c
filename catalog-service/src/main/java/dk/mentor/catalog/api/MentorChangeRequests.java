package dk.mentor.catalog.api;

import dk.mentor.contracts.codes.MeetingPlace;
import dk.mentor.contracts.codes.MentorStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The narrower changes of a mentor: a lifecycle move, and the mentor's own availability. */
final class MentorChangeRequests {

    private MentorChangeRequests() {
    }

    @Schema(name = "StatusChangeRequest", description = "A move in the mentor's lifecycle, with the reason.")
    record StatusChange(
            @Schema(description = "The new status.", example = "ACTIVE") @NotNull MentorStatus status,
            @Schema(description = "Why; no personal data about citizens.", example = "Vetting and intake in order")
            @NotBlank @Size(max = 500) String reason) {
    }

    @Schema(name = "AvailabilityRequest", description = "When and where the mentor can meet; the mentor may change it.")
    record Availability(
            @Schema(description = "Weekly meeting windows.") @NotNull @Size(max = 21) List<@NotNull @Valid MeetingWindowDto> meetingWindows,
            @Schema(description = "Can also meet evenings and weekends.", example = "true") boolean eveningsAndWeekends,
            @Schema(description = "Where the mentor meets.", example = "[\"CITIZEN_HOME\"]") @NotNull List<@NotNull MeetingPlace> meetingPlaces,
            @Schema(description = "Kommunekode of the area; unchanged when absent.", example = "0751")
            @Pattern(regexp = "[0-9]{4}", message = "must be a four-digit municipality code") String areaMunicipality,
            @Schema(description = "Postcode of the area.", example = "8000")
            @Pattern(regexp = "[0-9]{4}", message = "must be a four-digit postcode") String postcode) {
    }
}
