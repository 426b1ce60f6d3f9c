package dk.mentor.refusion.api;

import dk.mentor.refusion.application.ReportCeilings;
import dk.mentor.refusion.domain.CeilingStatus;
import dk.mentor.refusion.domain.Meeting;
import dk.mentor.refusion.domain.SettlementStatement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The read-only views of a municipality's economy. */
public final class EconomyResponses {

    private EconomyResponses() {
    }

    @Schema(name = "Ceiling", description = "Consumption under one ceiling in a year, and the forecast overrun day."
            + " Each regime's ceiling of a kind is its own pot: spending under one regime never uses up another's.")
    public record Ceiling(
            @Schema(description = "The regime whose ceiling this is.", example = "LAB_2014") String regime,
            @Schema(description = "The ceiling kind.", example = "REFUSION_CEILING") String ceilingKind,
            @Schema(description = "The year.", example = "2014") int year,
            @Schema(description = "The ceiling in kroner, or null while no amount is set in the rules.", example = "100000.00") BigDecimal ceilingAmount,
            @Schema(description = "Everything counted against the ceiling, also beyond it.", example = "40000.00") BigDecimal consumed,
            @Schema(description = "The part the ceiling covers.", example = "40000.00") BigDecimal withinCeiling,
            @Schema(description = "The part spent past the ceiling, not refunded.", example = "0.00") BigDecimal beyondCeiling,
            @Schema(description = "Consumed as a whole percentage of the ceiling.", example = "40") Integer percent,
            @Schema(description = "The day the run rate is measured up to.", example = "2014-03-31") LocalDate asOf,
            @Schema(description = "The day consumption reached the ceiling, or null.", example = "2014-11-03") LocalDate reachedOn,
            @Schema(description = "The day the run rate reaches the ceiling, or null when not this year.", example = "2014-08-13") LocalDate forecastOverrunOn,
            @Schema(description = "How settled the ceiling's rules are in the year: IN_FORCE, PROPOSED (a bill) or PLACEHOLDER (the sources do not settle it).", example = "IN_FORCE") String ruleStatus,
            @Schema(description = "The rule status in Danish, for users.", example = "Gældende regel") String ruleStatusText,
            @Schema(description = "Whether the ceiling is a frame shared with spending the suite does not record (e.g. other active measures): then the room left is less than shown.", example = "true") boolean sharedFrame,
            @Schema(description = "What a shared frame means, in Danish; null when the frame is not shared.",
                    example = "Rammen er fælles med kommunens øvrige udgifter (fx anden aktiv indsats), som ikke registreres her: den reelle rest er mindre end vist.")
            String sharedFrameText) {

        static final String SHARED_FRAME_TEXT = "Rammen er fælles med kommunens øvrige udgifter (fx anden aktiv indsats),"
                + " som ikke registreres her: den reelle rest er mindre end vist.";

        static Ceiling from(ReportCeilings.Row row, int year) {
            String shared = row.sharedFrame() ? SHARED_FRAME_TEXT : null;
            if (row.status().isEmpty()) {
                return new Ceiling(row.frame().regime(), row.frame().kind().name(), year, null, row.consumed(), null, null,
                        null, null, null, null, row.ruleStatus().name(), row.ruleStatus().danishText(), row.sharedFrame(),
                        shared);
            }
            CeilingStatus s = row.status().get();
            return new Ceiling(row.frame().regime(), s.kind().name(), s.year(), s.ceiling(), s.consumed(), s.withinCeiling(),
                    s.beyondCeiling(), s.percent(), s.asOf(), s.reachedOn(), s.forecastOverrunOn(), row.ruleStatus().name(),
                    row.ruleStatus().danishText(), row.sharedFrame(), shared);
        }
    }

    @Schema(name = "SettlementStatement", description = "What a municipality and each other owe each other for a period.")
    public record Settlement(
            @Schema(description = "The municipality the statement is for.", example = "0751") String municipality,
            @Schema(description = "First day of the period.", example = "2025-01-01") LocalDate from,
            @Schema(description = "Last day of the period.", example = "2025-03-31") LocalDate to,
            @Schema(description = "One row per other municipality, by code.") List<Counterparty> counterparties) {

        static Settlement from(SettlementStatement s) {
            return new Settlement(s.municipality(), s.from(), s.to(), s.counterparties().stream()
                    .map(c -> new Counterparty(c.municipality(), c.owedByUs(), c.owedToUs(), c.net(), c.lines())).toList());
        }
    }

    @Schema(name = "SettlementCounterparty", description = "The balance with one other municipality.")
    public record Counterparty(
            @Schema(description = "The other municipality.", example = "0746") String municipality,
            @Schema(description = "Cost of the other's mentors serving our citizens: we owe it.", example = "1500.00") BigDecimal owedByUs,
            @Schema(description = "Cost of our mentors serving the other's citizens: it owes us.", example = "450.00") BigDecimal owedToUs,
            @Schema(description = "owedByUs - owedToUs; positive means we pay the other.", example = "1050.00") BigDecimal net,
            @Schema(description = "Ledger lines behind the figures.", example = "7") int lines) {
    }

    @Schema(name = "UnpricedMeeting", description = "A meeting the ledger could not price yet, and why.")
    public record UnpricedMeeting(
            @Schema(description = "The meeting.", example = "3f0c2a9e-6b1d-4c57-9a8e-2d4f1b7c5e10") UUID meetingId,
            @Schema(description = "The plan.", example = "3f0c2a9e-6b1d-4c57-9a8e-2d4f1b7c5e10") UUID planId,
            @Schema(description = "The meeting's version.", example = "1") int version,
            @Schema(description = "The mentor, or null.", example = "3f0c2a9e-6b1d-4c57-9a8e-2d4f1b7c5e10") UUID mentorId,
            @Schema(description = "The day of the meeting.", example = "2025-02-03") LocalDate meetingDate,
            @Schema(description = "PENDING (waiting for the mentor's terms) or UNPRICEABLE.", example = "PENDING") String status,
            @Schema(description = "Why.", example = "Waiting for the mentor's terms from the catalogue") String reason) {

        static UnpricedMeeting from(Meeting m) {
            return new UnpricedMeeting(m.meetingId(), m.planId(), m.version(), m.mentorId(), m.meetingDate(),
                    m.status().name(), m.statusReason());
        }
    }
}
