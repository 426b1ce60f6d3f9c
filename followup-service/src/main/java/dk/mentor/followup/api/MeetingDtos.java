package dk.mentor.followup.api;

import dk.mentor.contracts.codes.Attendance;
import dk.mentor.contracts.codes.LegalBasisTerms;
import dk.mentor.contracts.codes.MeetingPlace;
import dk.mentor.followup.application.LogGroupSession;
import dk.mentor.followup.application.LogMeeting;
import dk.mentor.followup.application.MeetingView;
import dk.mentor.followup.domain.Meeting;
import dk.mentor.followup.domain.MeetingMode;
import dk.mentor.followup.domain.NoteVisibility;
import dk.mentor.kit.codes.CodeLists;
import dk.mentor.kit.problem.ProblemException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

final class MeetingDtos {

    private MeetingDtos() {
    }

    @Schema(name = "MinutesUnderBasis", description = "Minutes spent under one legal basis.")
    record MinutesUnderBasisDto(
            @Schema(description = "The legal basis code.", example = "LAB_167") @NotBlank String legalBasis,
            @Schema(description = "The minutes, at least 1.", example = "45") @Min(1) int minutes) {
    }

    @Schema(name = "MeetingRequest", description = "A meeting to log, or the corrected version of one.")
    record MeetingRequest(
            @Schema(description = "The participation the meeting was under; a mentor's own by default.") UUID participantId,
            @Schema(description = "The day of the meeting.", example = "2026-11-10") @NotNull LocalDate date,
            @Schema(description = "Minutes spent, or booked for a cancelled or missed meeting.", example = "60")
            @Min(1) @Max(1440) int durationMinutes,
            @Schema(description = "IN_PERSON, PHONE or VIDEO.", example = "IN_PERSON") @NotNull MeetingMode mode,
            @Schema(description = "Where, for a meeting in person.", example = "CITIZEN_HOME") MeetingPlace place,
            @Schema(description = "What happened.", example = "HELD") @NotNull Attendance attendance,
            @Schema(description = "The mentor's transport time to and from.", example = "30") @Min(0) @Max(1440) int transportMinutes,
            @Schema(description = "Whether the meeting is part of activation; from the mentor agreement if empty.", example = "false")
            Boolean activationRelevant,
            @Schema(description = "The minutes per legal basis, adding up to durationMinutes; may be empty for a mentor with one basis.")
            List<@Valid MinutesUnderBasisDto> minutes,
            @Schema(description = "A note about the meeting; never sent in events.", example = "Talked about the bus route to work")
            @Size(max = 8000) String note,
            @Schema(description = "Who may read the note; MENTOR_ONLY if empty.", example = "PROFESSIONALS") NoteVisibility noteVisibility,
            @Schema(description = "Why the meeting is corrected; required on a correction.", example = "Wrong date") @Size(max = 2000)
            String correctionReason) {

        LogMeeting.Command toCommand(CodeLists codeLists) {
            Map<LegalBasisTerms, Integer> split = new LinkedHashMap<>();
            if (minutes != null) {
                for (MinutesUnderBasisDto m : minutes) {
                    if (split.put(PlanDtos.basis(codeLists, m.legalBasis(), "minutes"), m.minutes()) != null) {
                        throw ProblemException.invalidField("minutes", "each legal basis once");
                    }
                }
            }
            return new LogMeeting.Command(participantId, date, durationMinutes, mode, place, attendance, transportMinutes,
                    activationRelevant, split, note, noteVisibility);
        }
    }

    @Schema(name = "Meeting", description = "One version of a meeting; the note only when the caller may read it.")
    record MeetingResponse(
            @Schema(description = "The meeting's id, the same across versions.") UUID meetingId,
            @Schema(description = "The version, 1 for the first.", example = "1") int version,
            @Schema(description = "Whether this is the current version.", example = "true") boolean current,
            @Schema(description = "The participation.") UUID participantId,
            @Schema(description = "Who logged this version.", example = "mentor-hanne") String author,
            @Schema(description = "The day.", example = "2026-11-10") LocalDate date,
            @Schema(description = "Minutes.", example = "60") int durationMinutes,
            @Schema(description = "Mode.", example = "IN_PERSON") MeetingMode mode,
            @Schema(description = "Place.", example = "CITIZEN_HOME") MeetingPlace place,
            @Schema(description = "Attendance.", example = "HELD") Attendance attendance,
            @Schema(description = "Transport minutes.", example = "30") int transportMinutes,
            @Schema(description = "The minutes per legal basis.") List<MinutesUnderBasisDto> minutes,
            @Schema(description = "The group session it was part of.") UUID groupSessionId,
            @Schema(description = "Part of activation.", example = "false") boolean activationRelevant,
            @Schema(description = "A no-show or unexcused cancellation of an activation meeting.", example = "false") boolean sanctionRelevant,
            @Schema(description = "The note, when the caller may read it.", example = "Talked about the bus route") String note,
            @Schema(description = "Whether a note exists that the caller may not read.", example = "false") boolean noteWithheld,
            @Schema(description = "Who may read the note.", example = "PROFESSIONALS") NoteVisibility noteVisibility,
            @Schema(description = "Why this version corrects the previous one.", example = "Wrong date") String correctionReason,
            @Schema(description = "When this version was logged.") Instant loggedAt,
            @Schema(description = "Why this version may not be claimed for refusion (ClaimHold names); empty when it may. The meeting stands either way.",
                    example = "[\"AGREEMENT_MISSING\"]") List<String> claimHolds) {

        static MeetingResponse from(MeetingView view) {
            Meeting m = view.meeting();
            return new MeetingResponse(m.meetingId(), m.version(), m.current(), m.participantId(), m.author(),
                    m.meetingDate(), m.durationMinutes(), m.mode(), m.place(), m.attendance(), m.transportMinutes(),
                    m.minutes().stream().map(b -> new MinutesUnderBasisDto(b.legalBasis(), b.minutes())).toList(),
                    m.groupSessionId(), m.activationRelevant(), m.sanctionRelevant(),
                    view.noteReadable() ? m.note() : null, m.note() != null && !view.noteReadable(), m.noteVisibility(),
                    m.correctionReason(), m.loggedAt(), m.claimHolds().stream().map(Enum::name).toList());
        }
    }

    @Schema(name = "GroupSessionAttendee", description = "One citizen's plan in a group session.")
    record AttendeeDto(
            @Schema(description = "The citizen's plan.") @NotNull UUID planId,
            @Schema(description = "The mentor's participation on that plan; the caller's own by default.") UUID participantId,
            @Schema(description = "The citizen's attendance.", example = "HELD") @NotNull Attendance attendance,
            @Schema(description = "The legal basis the share goes under, for a mentor holding two.", example = "LAB_167") String legalBasis) {
    }

    @Schema(name = "GroupSessionRequest", description = "A session with several citizens; its time is split evenly between them.")
    record GroupSessionRequest(
            @Schema(description = "The day.", example = "2026-11-12") @NotNull LocalDate date,
            @Schema(description = "The whole session's minutes.", example = "120") @Min(1) @Max(1440) int durationMinutes,
            @Schema(description = "Mode.", example = "IN_PERSON") @NotNull MeetingMode mode,
            @Schema(description = "Place.", example = "JOB_CENTRE") MeetingPlace place,
            @Schema(description = "The mentor's transport minutes for the session.", example = "20") @Min(0) @Max(1440) int transportMinutes,
            @Schema(description = "Part of activation.", example = "false") boolean activationRelevant,
            @Schema(description = "The citizens' plans.") @NotEmpty @Size(max = 50) List<@Valid AttendeeDto> attendees) {

        LogGroupSession.Command toCommand(CodeLists codeLists) {
            return new LogGroupSession.Command(date, durationMinutes, mode, place, transportMinutes, activationRelevant,
                    attendees.stream().map(a -> new LogGroupSession.Attendee(a.planId(), a.participantId(), a.attendance(),
                            PlanDtos.basis(codeLists, a.legalBasis(), "legalBasis"))).toList());
        }
    }
}
