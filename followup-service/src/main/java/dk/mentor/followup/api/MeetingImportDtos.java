package dk.mentor.followup.api;

import dk.mentor.contracts.codes.Attendance;
import dk.mentor.contracts.codes.MeetingPlace;
import dk.mentor.followup.api.MeetingDtos.MeetingRequest;
import dk.mentor.followup.api.MeetingDtos.MinutesUnderBasisDto;
import dk.mentor.followup.application.ImportMeetings;
import dk.mentor.followup.domain.ImportedMeeting;
import dk.mentor.followup.domain.MeetingMode;
import dk.mentor.followup.domain.NoteVisibility;
import dk.mentor.kit.codes.CodeLists;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

final class MeetingImportDtos {

    private MeetingImportDtos() {
    }

    @Schema(name = "MeetingImportRequest", description = "Meetings to log at once, for any number of plans; all or nothing.")
    record MeetingImportRequest(
            @Schema(description = "The meetings, at most " + ImportMeetings.MAX_ROWS + "; row numbers in the report count"
                    + " from 1 in this order.", maxItems = ImportMeetings.MAX_ROWS)
            @NotNull List<MeetingImportItem> meetings) {
    }

    @Schema(name = "MeetingImportReference", description = "The sender's own identity of a meeting: a repeated row with it is"
            + " a harmless duplicate. Unique per municipality.")
    record ReferenceDto(
            @Schema(description = "The sending system.", example = "Momentum") @NotBlank @Size(max = 100) String system,
            @Schema(description = "The meeting's id in that system.", example = "MT-2026-11-0042") @NotBlank @Size(max = 200) String id) {
    }

    @Schema(name = "MeetingImportItem", description = "One meeting: the fields of logging one meeting, plus its plan, its start"
            + " and the sender's reference.")
    record MeetingImportItem(
            @Schema(description = "The plan the meeting belongs to.") @NotNull UUID planId,
            @Schema(description = "The participation the meeting was under; a mentor's own by default.") UUID participantId,
            @Schema(description = "The day of the meeting.", example = "2026-11-10") @NotNull LocalDate date,
            @Schema(description = "When it started, HH:mm; with the plan, participation and day it identifies a meeting"
                    + " without a reference.", type = SchemaType.STRING, example = "09:30") LocalTime startTime,
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
            @Schema(description = "The sender's reference, recommended: it makes a repeated row harmless.") @Valid ReferenceDto externalReference) {

        /** The meeting as logging one would take it; a bad minutes split is refused as there. */
        ImportMeetings.Row toRow(int number, CodeLists codeLists) {
            MeetingRequest meeting = new MeetingRequest(participantId, date, durationMinutes, mode, place, attendance,
                    transportMinutes, activationRelevant, minutes, note, noteVisibility, null);
            ImportedMeeting.Reference reference = externalReference == null ? null
                    : new ImportedMeeting.Reference(externalReference.system().strip(), externalReference.id().strip());
            return new ImportMeetings.Row(number, planId, startTime, reference, meeting.toCommand(codeLists));
        }
    }

    @Schema(name = "MeetingImportOutcome", description = "What became of a row: WOULD_LOG (dry run), LOGGED, DUPLICATE of a"
            + " meeting the suite holds (nothing logged), or ERROR.")
    enum Outcome { WOULD_LOG, LOGGED, DUPLICATE, ERROR }

    @Schema(name = "MeetingImportRowError", description = "Why one row was refused.")
    record RowErrorDto(
            @Schema(description = "The row: the item's position from 1 in JSON, the line in CSV (the header is line 1).",
                    example = "3") int row,
            @Schema(description = "The field or column, when the problem is in one.", example = "date") String field,
            @Schema(description = "Why.", example = "after the plan's closure and aftercare") String reason) {
    }

    @Schema(name = "MeetingImportRowResult", description = "What became, or in a dry run would become, of one row.")
    record RowResultDto(
            @Schema(description = "The row: the item's position from 1 in JSON, the line in CSV.", example = "2") int row,
            @Schema(description = "The row's plan, when it could be read.") UUID planId,
            @Schema(description = "What became of the row.") Outcome outcome,
            @Schema(description = "The meeting logged; for a duplicate the meeting it repeats. Empty in a dry run for a"
                    + " meeting not yet logged.") UUID meetingId,
            @Schema(description = "For a duplicate of an earlier row of the same import, that row.", example = "2")
            Integer duplicateOfRow,
            @Schema(description = "Why the row was refused; empty unless the outcome is ERROR.") List<RowErrorDto> errors) {
    }

    @Schema(name = "MeetingImportReport", description = "What an import did, or in a dry run would do, row by row.")
    record MeetingImportReport(
            @Schema(description = "Whether this was a dry run (nothing changed).", example = "true") boolean dryRun,
            @Schema(description = "Whether the meetings were logged (a real import without bad rows).", example = "false")
            boolean applied,
            @Schema(description = "Rows read.", example = "120") int rows,
            @Schema(description = "Rows logged, or in a dry run that would be.", example = "118") long logged,
            @Schema(description = "Rows that repeat a meeting the suite holds, skipped.", example = "2") long duplicates,
            @Schema(description = "Rows refused.", example = "0") long errors,
            @Schema(description = "Every row, in row order.") List<RowResultDto> results) {

        static MeetingImportReport from(ImportMeetings.Report report) {
            long logged = report.count(ImportMeetings.Outcome.LOGGED) + report.count(ImportMeetings.Outcome.WOULD_LOG);
            return new MeetingImportReport(report.dryRun(), report.applied(), report.results().size(), logged,
                    report.count(ImportMeetings.Outcome.DUPLICATE), report.count(ImportMeetings.Outcome.ERROR),
                    report.results().stream().map(r -> new RowResultDto(r.row(), r.planId(), Outcome.valueOf(r.outcome().name()),
                            r.meetingId(), r.duplicateOfRow(), r.errors().stream()
                                    .map(e -> new RowErrorDto(e.row(), e.field(), e.reason())).toList())).toList());
        }
    }
}
