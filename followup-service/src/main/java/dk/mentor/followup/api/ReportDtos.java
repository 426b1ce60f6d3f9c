package dk.mentor.followup.api;

import dk.mentor.contracts.codes.ClosureOutcome;
import dk.mentor.followup.application.BuildProgrammeReport;
import dk.mentor.followup.domain.programme.CourseFacts;
import dk.mentor.followup.domain.programme.StatusReport;
import dk.mentor.followup.domain.registration.Coded;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of a programme's quarterly status report and of a municipality's rows behind it. */
final class ReportDtos {

    static final String SUPPRESSION_RULE = "Counts of 1 to 4 citizens are suppressed (count null, suppressed true;"
            + " '<5' in CSV and XLSX). Where a shown sum (a municipality's closures by status, citizens = active +"
            + " closed, the municipalities' total) would let one suppressed count be recovered by subtraction, the"
            + " smallest further count of that sum is suppressed too; suppressed counts look alike. An average is shown"
            + " only over five citizens or more.";

    private ReportDtos() {
    }

    @Schema(name = "ReportCount", description = "A count in one column.")
    record CountCell(
            @Schema(description = "A member's code, or TOTAL for the programme.", example = "0751") String municipality,
            @Schema(description = "The number of citizens; null when suppressed.", example = "7") Long count,
            @Schema(description = "Whether the count is suppressed.", example = "false") boolean suppressed) {
    }

    @Schema(name = "ReportAverage", description = "An average in one column.")
    record AverageCell(
            @Schema(description = "A member's code, or TOTAL for the programme.", example = "0751") String municipality,
            @Schema(description = "The average; null when suppressed or when there is no one to average.", example = "84.5") BigDecimal value,
            @Schema(description = "Whether it is suppressed (fewer than five citizens, or its count is suppressed).", example = "false")
            boolean suppressed) {
    }

    @Schema(name = "ReportCountRow", description = "One counted measure across the members and the programme.")
    record CountRow(
            @Schema(description = "The measure's code.", example = "CLOSED_JOB") String measure,
            @Schema(description = "Its Danish name.", example = "Afsluttet: Selvforsørgelse: job") String label,
            @Schema(description = "A cell per member, then TOTAL.") List<CountCell> cells) {
    }

    @Schema(name = "ReportAverageRow", description = "One average across the members and the programme.")
    record AverageRow(
            @Schema(description = "The average's code.", example = "DAYS_START_TO_CLOSURE") String measure,
            @Schema(description = "Its Danish name.", example = "Gennemsnitlige dage fra start til afslutning") String label,
            @Schema(description = "A cell per member, then TOTAL.") List<AverageCell> cells) {
    }

    @Schema(name = "ProgrammeReport", description = "A programme's quarterly status report, aggregated and suppressed.")
    record ReportResponse(
            @Schema(description = "The programme.") UUID programmeId,
            @Schema(description = "Its name.", example = "Virksomhedscentre Østjylland") String programmeName,
            @Schema(description = "The quarter.", example = "2026-Q4") String quarter,
            @Schema(description = "Its first day.", example = "2026-10-01") LocalDate from,
            @Schema(description = "Its last day.", example = "2026-12-31") LocalDate to,
            @Schema(description = "The members in the quarter, by code.", example = "[\"0101\", \"0746\", \"0751\"]") List<String> municipalities,
            @Schema(description = "How small counts are protected.") String suppressionRule,
            @Schema(description = "Where the cost figure comes from.") String costSource,
            @Schema(description = "The counts.") List<CountRow> counts,
            @Schema(description = "The averages.") List<AverageRow> averages) {

        static ReportResponse from(BuildProgrammeReport.Report r) {
            StatusReport f = r.figures();
            return new ReportResponse(r.programme().id(), r.programme().name(), r.quarter().toString(), r.quarter().from(),
                    r.quarter().to(), f.columns().subList(0, f.columns().size() - 1), SUPPRESSION_RULE, COST_SOURCE,
                    f.counts().stream().map(c -> new CountRow(c.measure(), StatusReport.label(c.measure()),
                            c.cells().stream().map(s -> new CountCell(s.column(), s.count(), s.suppressed())).toList())).toList(),
                    f.averages().stream().map(a -> new AverageRow(a.measure(), StatusReport.label(a.measure()),
                            a.cells().stream().map(s -> new AverageCell(s.column(), s.value(), s.suppressed())).toList())).toList());
        }
    }

    static final String COST_SOURCE = "The company mentor's monthly cost given in each citizen's start registration"
            + " (seed 003 p.4), for the days of the quarter the course ran; the ledger's mentor costs stay in refusion-service.";

    @Schema(name = "ProgrammeReportRow", description = "One enrolled plan's course in the quarter.")
    record Row(
            @Schema(description = "The plan.") UUID planId,
            @Schema(description = "The start registration's day.", example = "2026-08-03") LocalDate startedOn,
            @Schema(description = "Started in the quarter.", example = "false") boolean startedInQuarter,
            @Schema(description = "Still running at the quarter's end.", example = "true") boolean activeAtEnd,
            @Schema(description = "The closure registration's day, if in or before the quarter.", example = "2026-12-15") LocalDate closedOn,
            @Schema(description = "The closure status.", example = "JOB") ClosureOutcome closureStatus,
            @Schema(description = "Its Danish label.", example = "Selvforsørgelse: job") String closureLabel,
            @Schema(description = "Quarterly registrations in the quarter.", example = "1") int quarterlyRegistrations,
            @Schema(description = "The first labour-market rating (1-10).", example = "3") Integer firstScore,
            @Schema(description = "The last rating up to the quarter's end.", example = "5") Integer lastScore,
            @Schema(description = "Days from the start to the closure or to the quarter's end.", example = "134") long daysInCourse,
            @Schema(description = "The registered company-mentor cost for the quarter, kroner.", example = "4500.00") BigDecimal registeredCost) {

        static Row from(CourseFacts f) {
            return new Row(f.planId(), f.startedOn(), f.startedInQuarter(), f.activeAtEnd(), f.closedOn(), f.closureStatus(),
                    Coded.labelOf(f.closureStatus()), f.quarterlyRegistrations(), f.firstScore(), f.lastScore(),
                    f.daysInCourse(), f.registeredCost());
        }
    }

    @Schema(name = "ProgrammeReportRows", description = "The rows behind one member's figures: only for its own staff.")
    record RowsResponse(
            @Schema(description = "The programme.") UUID programmeId,
            @Schema(description = "The quarter.", example = "2026-Q4") String quarter,
            @Schema(description = "The municipality.", example = "0751") String municipality,
            @Schema(description = "A row per enrolled plan whose course ran in the quarter.") List<Row> rows) {

        static RowsResponse from(BuildProgrammeReport.Rows r) {
            return new RowsResponse(r.programme().id(), r.quarter().toString(), r.municipality(),
                    r.rows().stream().map(Row::from).toList());
        }
    }
}
