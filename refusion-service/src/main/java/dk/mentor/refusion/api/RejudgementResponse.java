package dk.mentor.refusion.api;

import dk.mentor.refusion.application.Rejudge;
import dk.mentor.refusion.domain.ExpenseLine;
import dk.mentor.refusion.domain.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Rejudgement", description = "The lines a rejudgement changes, and by how much; applied or only previewed.")
public record RejudgementResponse(
        @Schema(description = "The paying municipality.", example = "0751") String municipality,
        @Schema(description = "First day of the period.", example = "2025-01-01") LocalDate from,
        @Schema(description = "Last day of the period.", example = "2025-03-31") LocalDate to,
        @Schema(description = "PREVIEW or APPLY.", example = "PREVIEW") String mode,
        @Schema(description = "Whether reversals and new lines were posted (APPLY with differences).", example = "false") boolean applied,
        @Schema(description = "The change of the expense over all lines, in kroner.", example = "-25.00") BigDecimal amountDifference,
        @Schema(description = "The change of the refund before any ceiling over all lines, in kroner.", example = "-12.50") BigDecimal refundDifference,
        @Schema(description = "Each changed line; empty when everything is judged as today's rules would.") List<LineDifference> lines) {

    @Schema(name = "RejudgementLine", description = "A posted line and what it becomes; before or after is null when a line is removed or added.")
    public record LineDifference(
            @Schema(description = "The meeting, or null for a training or fee line.", example = "3f0c2a9e-6b1d-4c57-9a8e-2d4f1b7c5e10") UUID meetingId,
            @Schema(description = "The training attendance of a TRAINING or TRAINING_WAGE line, else null.", example = "7b1e4d2a-0c9f-4e38-b6a1-5d2c8f9e0a34") UUID attendanceId,
            @Schema(description = "The day of the expense.", example = "2025-02-03") LocalDate expenseDate,
            @Schema(description = "The line's kind: MEETING, TRANSPORT, CANCELLATION (a meeting's), TRAINING, TRAINING_WAGE (a training attendance's) or FEE.", example = "MEETING") String kind,
            @Schema(description = "The legal basis.", example = "LAB_167") String legalBasis,
            @Schema(description = "The line as posted, or null.") Judged before,
            @Schema(description = "The line as judged today, or null.") Judged after,
            @Schema(description = "after − before, expense in kroner.", example = "-25.00") BigDecimal amountDifference,
            @Schema(description = "after − before, refund before any ceiling in kroner.", example = "-12.50") BigDecimal refundDifference) {
    }

    @Schema(name = "RejudgedLine", description = "How a line is judged.")
    public record Judged(
            @Schema(description = "The ledger line's id; for an after side, set once applied.", example = "3f0c2a9e-6b1d-4c57-9a8e-2d4f1b7c5e10") UUID lineId,
            @Schema(description = "Minutes priced.", example = "60") int minutes,
            @Schema(description = "The hourly rate, or null.", example = "150.00") BigDecimal hourlyRate,
            @Schema(description = "The amount in kroner.", example = "150.00") BigDecimal amount,
            @Schema(description = "The regime of the judging rule, or NONE.", example = "LAB_2009") String regime,
            @Schema(description = "The rule's refund rate.", example = "0.5") BigDecimal refundRate,
            @Schema(description = "The account code.", example = "5.68.90.018") String accountCode,
            @Schema(description = "The target groups the line is judged by.", example = "[\"ACTIVITY_READY\"]") List<String> targetGroups,
            @Schema(description = "Whether the line is held (claim holds).", example = "false") boolean held,
            @Schema(description = "The refund before any ceiling; 0 for a held line.", example = "75.00") BigDecimal refund,
            @Schema(description = "The claim that took the posted line, or null; a correction goes on the next claim.", example = "3f0c2a9e-6b1d-4c57-9a8e-2d4f1b7c5e10") UUID claimId) {

        static Judged of(ExpenseLine l, boolean persisted) {
            return l == null ? null : new Judged(persisted ? l.id() : null, l.minutes(), l.hourlyRate(), l.amount(),
                    l.regime(), l.refundRate(), l.accountCode(), l.targetGroups(), l.held(), RejudgementResponse.refund(l),
                    l.claimId());
        }
    }

    static RejudgementResponse from(Rejudge.Result result) {
        boolean applied = result.command().mode() == Rejudge.Mode.APPLY && !result.changes().isEmpty();
        List<LineDifference> lines = result.changes().stream().map(c -> line(c, applied)).toList();
        return new RejudgementResponse(result.command().municipality(), result.command().from(), result.command().to(),
                result.command().mode().name(), applied,
                lines.stream().map(LineDifference::amountDifference).reduce(Money.ZERO, BigDecimal::add),
                lines.stream().map(LineDifference::refundDifference).reduce(Money.ZERO, BigDecimal::add), lines);
    }

    private static LineDifference line(Rejudge.LineChange c, boolean applied) {
        ExpenseLine any = c.before() != null ? c.before() : c.after();
        return new LineDifference(c.meetingId(), any.attendanceId(), any.expenseDate(), any.kind().name(), any.legalBasis(),
                Judged.of(c.before(), true), Judged.of(c.after(), applied),
                amount(c.after()).subtract(amount(c.before())), refund(c.after()).subtract(refund(c.before())));
    }

    private static BigDecimal amount(ExpenseLine l) {
        return l == null ? Money.ZERO : l.amount();
    }

    /** The refund a claim would count for the line before any ceiling: none while it is held. */
    private static BigDecimal refund(ExpenseLine l) {
        return l == null || l.held() ? Money.ZERO : l.refundBeforeCeiling();
    }
}
