package dk.mentor.refusion.api;

import dk.mentor.refusion.domain.ExpenseLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExpenseLine", description = "One line of the expense ledger, traceable to the event that caused it.")
public record ExpenseLineResponse(
        @Schema(description = "The line's id.", example = "3f0c2a9e-6b1d-4c57-9a8e-2d4f1b7c5e10") UUID id,
        @Schema(description = "Posting order in the ledger.", example = "42") Long seq,
        @Schema(description = "The paying (acting) municipality.", example = "0751") String municipality,
        @Schema(description = "The mentor's home municipality, which provided the mentor.", example = "0746") String providerMunicipality,
        @Schema(description = "The plan, or null for a training line.", example = "3f0c2a9e-6b1d-4c57-9a8e-2d4f1b7c5e10") UUID planId,
        @Schema(description = "The citizen's pseudonymous reference, or null.", example = "3f0c2a9e-6b1d-4c57-9a8e-2d4f1b7c5e10") UUID citizenRef,
        @Schema(description = "The mentor.", example = "3f0c2a9e-6b1d-4c57-9a8e-2d4f1b7c5e10") UUID mentorId,
        @Schema(description = "The mentor's kind.", example = "PAID_SOCIAL_MENTOR") String mentorKind,
        @Schema(description = "The meeting, for meeting lines.", example = "3f0c2a9e-6b1d-4c57-9a8e-2d4f1b7c5e10") UUID meetingId,
        @Schema(description = "The meeting's version the line prices.", example = "1") Integer meetingVersion,
        @Schema(description = "The training attendance, for training lines.", example = "3f0c2a9e-6b1d-4c57-9a8e-2d4f1b7c5e10") UUID attendanceId,
        @Schema(description = "MEETING, TRANSPORT, CANCELLATION, TRAINING, TRAINING_WAGE (the mentor's paid training hours) or FEE.", example = "MEETING") String kind,
        @Schema(description = "WAGE, TRAINING or FEE.", example = "WAGE") String expenseType,
        @Schema(description = "The legal basis the minutes were spent under.", example = "LAB_167") String legalBasis,
        @Schema(description = "The citizen's target groups when posted.", example = "[\"ACTIVITY_READY\"]") List<String> targetGroups,
        @Schema(description = "The day of the expense.", example = "2010-02-03") LocalDate expenseDate,
        @Schema(description = "Minutes priced; negative on a reversal.", example = "90") int minutes,
        @Schema(description = "The hourly rate used, or null.", example = "150.00") BigDecimal hourlyRate,
        @Schema(description = "The amount in kroner; negative on a reversal.", example = "225.00") BigDecimal amount,
        @Schema(description = "The rule that judged the line, or null when none covers it.", example = "3f0c2a9e-6b1d-4c57-9a8e-2d4f1b7c5e10") UUID ruleSetId,
        @Schema(description = "The regime of that rule, or NONE.", example = "LAB_2009") String regime,
        @Schema(description = "The refund rate of that rule.", example = "0.5") BigDecimal refundRate,
        @Schema(description = "The ceiling kind of that rule.", example = "NONE") String ceilingKind,
        @Schema(description = "The account code.", example = "5.68.90.018") String accountCode,
        @Schema(description = "The CloudEvents id of the event that caused the line.", example = "8d1f6c1e-2b7a-4f0e-9c3d-5a6b7c8d9e0f") String sourceEventId,
        @Schema(description = "The type of that event.", example = "dk.mentor.followup.MeetingLogged.v1") String sourceEventType,
        @Schema(description = "The line this one reverses, or null.", example = "3f0c2a9e-6b1d-4c57-9a8e-2d4f1b7c5e10") UUID reverses,
        @Schema(description = "Whether a later line reversed this one.", example = "false") boolean reversed,
        @Schema(description = "The claim that holds the line, or null.", example = "3f0c2a9e-6b1d-4c57-9a8e-2d4f1b7c5e10") UUID claimId,
        @Schema(description = "Whether the line is held: its meeting has claim holds, so no claim takes it and it counts against no ceiling.", example = "true") boolean held,
        @Schema(description = "Why it is held (ClaimHold names); empty when not held.", example = "[\"OUTSIDE_PERIOD\"]") List<String> holds,
        @Schema(description = "When it was posted.", example = "2026-03-02T10:15:30Z") OffsetDateTime postedAt) {

    static ExpenseLineResponse from(ExpenseLine l) {
        return new ExpenseLineResponse(l.id(), l.seq(), l.municipality(), l.providerMunicipality(), l.planId(),
                l.citizenRef(), l.mentorId(), l.mentorKind(), l.meetingId(), l.meetingVersion(), l.attendanceId(),
                l.kind().name(), l.expenseType().name(), l.legalBasis(), l.targetGroups(), l.expenseDate(), l.minutes(),
                l.hourlyRate(), l.amount(), l.ruleSetId(), l.regime(), l.refundRate(), l.ceilingKind().name(),
                l.accountCode(), l.sourceEventId(), l.sourceEventType(), l.reverses(), l.reversed(), l.claimId(),
                l.held(), l.holds(), l.postedAt());
    }
}
