package dk.mentor.catalog.api;

import dk.mentor.catalog.application.ProgrammeFigures;
import dk.mentor.catalog.domain.ChannelYield;
import dk.mentor.catalog.domain.ProgrammeSide;
import dk.mentor.catalog.domain.RecruitmentChannel;
import dk.mentor.catalog.domain.TargetReport;
import dk.mentor.catalog.domain.WaitingList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of a programme's figures: yield per channel, waiting lists, targets against results. */
final class ProgrammeFiguresDtos {

    static final List<String> REPORT_CSV_HEADER = List.of("Mål", "Planlagt", "Realiseret", "Afvigelse", "Afvigelse %",
            "Opfyldt %");

    private ProgrammeFiguresDtos() {
    }

    @Schema(name = "ProgrammeChannelYield", description = "What a channel yielded on one side (004 §5.10).")
    record Yield(
            @Schema(description = "Side.", example = "MENTEE") ProgrammeSide side,
            @Schema(description = "Channel.", example = "EDUCATION_INSTITUTION") RecruitmentChannel channel,
            @Schema(description = "The channel in Danish.", example = "Uddannelsesinstitution") String channelLabel,
            @Schema(description = "Inquiries.", example = "40") int inquiries,
            @Schema(description = "Interviewed.", example = "32") int interviewed,
            @Schema(description = "Vetted.", example = "30") int vetted,
            @Schema(description = "Matched.", example = "21") int matched,
            @Schema(description = "Dropped out, at whatever step.", example = "6") int dropped,
            @Schema(description = "Matched in per cent of inquiries, one decimal.", example = "52.5") BigDecimal matchedPercent) {

        static Yield from(ChannelYield y) {
            return new Yield(y.side(), y.channel(), y.channel().label(), y.inquiries(), y.interviewed(), y.vetted(), y.matched(),
                    y.dropped(), y.matchedPercent());
        }
    }

    @Schema(name = "ProgrammeWaitingLists", description = "Vetted entries waiting for a match, the caller's municipalities only.")
    record WaitingLists(
            @Schema(description = "The day the waiting is counted to.", example = "2027-05-03") LocalDate asOf,
            @Schema(description = "One list per side asked for.") List<Side> sides) {

        static WaitingLists from(ProgrammeFigures.Waiting w) {
            return new WaitingLists(w.asOf(), w.lists().stream().map(Side::from).toList());
        }
    }

    @Schema(name = "ProgrammeWaitingList", description = "One side's waiting list, longest waiting first.")
    record Side(
            @Schema(description = "Side.", example = "MENTEE") ProgrammeSide side,
            @Schema(description = "How many wait.", example = "3") int waiting,
            @Schema(description = "Median days waited, or null when none wait.", example = "21.0") BigDecimal medianDays,
            @Schema(description = "Longest wait in days, or null.", example = "64") Integer maxDays,
            @Schema(description = "Who waits.") List<Waiting> entries) {

        static Side from(WaitingList l) {
            return new Side(l.side(), l.entries().size(), l.medianDays(), l.maxDays(), l.entries().stream()
                    .map(w -> new Waiting(w.entry().id(), w.entry().municipality(), w.entry().channel(), w.entry().displayName(),
                            w.entry().ageBand() == null ? null : w.entry().ageBand().label(), w.entry().vettedOn(), w.days()))
                    .toList());
        }
    }

    @Schema(name = "ProgrammeWaitingEntry", description = "One entry on a waiting list.")
    record Waiting(
            @Schema(description = "The entry.", example = "5c6d7e8f-90a1-4b2c-8d3e-4f5a6b7c8d9e") UUID entryId,
            @Schema(description = "Municipality.", example = "0751") String municipality,
            @Schema(description = "Channel.", example = "SOCIAL_MEDIA") RecruitmentChannel channel,
            @Schema(description = "A volunteer's name; null for a mentee.", example = "Lene Frivillig") String displayName,
            @Schema(description = "A mentee's age band in Danish; null for a volunteer.", example = "18-24 år") String ageBand,
            @Schema(description = "Waiting since (the day vetted).", example = "2027-03-01") LocalDate since,
            @Schema(description = "Days waited.", example = "64") int days) {
    }

    @Schema(name = "ProgrammeReport", description = "Targets against results (004 p.10, Table 1), counted from the data.")
    record Report(
            @Schema(description = "The programme.", example = "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d") UUID programmeId,
            @Schema(description = "First day counted.", example = "2027-01-01") LocalDate periodFrom,
            @Schema(description = "Last day counted.", example = "2028-12-31") LocalDate periodTo,
            @Schema(description = "Volunteers, mentees and matches.") List<Line> lines,
            @Schema(description = "Matches in per cent of mentees (the source's \"67 %\" is this share).", example = "67.4")
            BigDecimal matchesPerMenteePercent) {

        static Report from(ProgrammeFigures.Report r) {
            return new Report(r.programme().id(), r.programme().periodFrom(), r.programme().periodTo(),
                    r.report().lines().stream().map(Line::from).toList(), r.report().matchesPerMenteePercent());
        }

        List<List<Object>> csvRows() {
            List<List<Object>> rows = new ArrayList<>();
            for (Line l : lines) {
                rows.add(List.of(l.label(), l.target(), l.result(), l.deviation(), orBlank(l.deviationPercent()),
                        orBlank(l.attainmentPercent())));
            }
            return rows;
        }

        private static Object orBlank(BigDecimal value) {
            return value == null ? "" : value;
        }
    }

    @Schema(name = "ProgrammeReportLine", description = "One metric against its target.")
    record Line(
            @Schema(ref = OpenApiComponents.REPORT_METRIC, description = "VOLUNTEERS, MENTEES or MATCHES.", example = "MATCHES") TargetReport.Metric metric,
            @Schema(description = "The metric in Danish.", example = "Match") String label,
            @Schema(description = "Target.", example = "240") int target,
            @Schema(description = "Result.", example = "151") int result,
            @Schema(description = "Result minus target.", example = "-89") int deviation,
            @Schema(description = "Deviation in per cent of the target, or null for a target of 0.", example = "-37.1")
            BigDecimal deviationPercent,
            @Schema(description = "Result in per cent of the target, or null for a target of 0.", example = "62.9")
            BigDecimal attainmentPercent) {

        static Line from(TargetReport.Line l) {
            return new Line(l.metric(), l.metric().label(), l.target(), l.result(), l.deviation(), l.deviationPercent(),
                    l.attainmentPercent());
        }
    }
}
