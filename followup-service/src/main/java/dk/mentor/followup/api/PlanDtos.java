package dk.mentor.followup.api;

import dk.mentor.contracts.codes.Attendance;
import dk.mentor.contracts.codes.ClosureOutcome;
import dk.mentor.contracts.codes.LegalBasisTerms;
import dk.mentor.contracts.codes.LegalLine;
import dk.mentor.followup.application.ProgressReport;
import dk.mentor.followup.domain.Dimension;
import dk.mentor.followup.domain.LinkedPlan;
import dk.mentor.followup.domain.Plan;
import dk.mentor.kit.codes.CodeList;
import dk.mentor.kit.codes.CodeLists;
import dk.mentor.kit.problem.ProblemException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import dk.mentor.kit.reference.ExternalReference;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and responses about the plan itself. */
final class PlanDtos {

    private PlanDtos() {
    }

    @Schema(name = "LinkedPlan", description = "A plan the case system keeps itself, linked by its reference there.")
    record LinkedPlanDto(
            @Schema(ref = OpenApiComponents.LINKED_PLAN_KIND, required = true, description = "Which kind of plan.",
                    example = "JOB_PLAN") @NotNull LinkedPlan.Kind kind,
            @Schema(description = "The system that keeps it.", example = "KMD Momentum") @NotBlank @Size(max = 100) String system,
            @Schema(description = "Its reference in that system.", example = "JP-2026-004711") @NotBlank @Size(max = 200) String reference) {

        LinkedPlan toDomain() {
            return new LinkedPlan(kind, system, reference);
        }

        static LinkedPlanDto from(LinkedPlan l) {
            return new LinkedPlanDto(l.kind(), l.system(), l.reference());
        }
    }

    @Schema(name = "OpenPlanRequest", description = "Opens a citizen's one shared plan; the caller becomes the coordinating caseworker.")
    record OpenPlanRequest(
            @Schema(description = "The citizen.") @NotNull UUID citizenId,
            @Schema(description = "The long-term job or education goal.", example = "A job in a warehouse within a year")
            @NotBlank @Size(max = 2000) String longTermGoal,
            @Schema(description = "Target groups describing the citizen's situation: codes of the TARGET_GROUP code list"
                    + " (GET /api/v1/code-lists/TARGET_GROUP on catalog) in force on openedOn.", example = "[\"LONG_TERM_UNEMPLOYED\"]")
            @Size(max = 30) List<@NotNull @Pattern(regexp = CodeList.CODE_PATTERN) String> targetGroups,
            @Schema(description = "The case system's own plans this plan brings together.") List<@Valid LinkedPlanDto> linkedPlans,
            @Schema(description = "The day the plan takes effect; today if empty.", example = "2026-11-02") LocalDate openedOn,
            @Schema(description = "The legal basis the coordinating caseworker acts under; decides the plan's line (LAB or SEL).", example = "LAB_40_3")
            String caseworkerBasis,
            @Schema(description = "The case system's own key for it; a second create with the same reference in the municipality answers 409 external-reference-taken.")
            @Valid ExternalReference externalReference) {
    }

    @Schema(name = "RevisePlanRequest", description = "New long-term goal and linked plans (send the ETag in If-Match).")
    record RevisePlanRequest(
            @Schema(description = "The long-term job or education goal.", example = "A job in a warehouse within a year")
            @NotBlank @Size(max = 2000) String longTermGoal,
            @Schema(description = "The case system's own plans, replacing the list.") List<@Valid LinkedPlanDto> linkedPlans) {
    }

    @Schema(name = "ClosePlanRequest", description = "Closes the plan with the closure dataset (seed 003 p.4); send the ETag in If-Match.")
    record ClosePlanRequest(
            @Schema(description = "The coded outcome.", example = "JOB") @NotNull ClosureOutcome outcome,
            @Schema(description = "The day the plan closed; today if empty.", example = "2027-05-01") LocalDate closedOn,
            @Schema(description = "Months of aftercare (efterværn), 0 to 12.", example = "6") @Min(0) @Max(12) int aftercareMonths,
            @Schema(description = "Efforts in the course: placements, parallel efforts, mentor support, municipal follow-up.",
                    example = "2 placements, mentor support 6 months") @Size(max = 4000) String effortsSummary,
            @Schema(description = "Planned future efforts.", example = "Aftercare calls monthly") @Size(max = 4000) String plannedFutureEfforts) {
    }

    @Schema(name = "Plan", description = "A citizen's one shared plan.")
    record PlanResponse(
            @Schema(description = "The plan's id.") UUID id,
            @Schema(description = "The citizen's pseudonymous id.") UUID citizenRef,
            @Schema(description = "Kommunekode of the owning (acting) municipality.", example = "0751") String ownerMunicipality,
            @Schema(description = "User name of the coordinating caseworker.", example = "caseworker-aarhus") String coordinatingCaseworker,
            @Schema(description = "The administrative line the plan belongs to.", example = "EMPLOYMENT") LegalLine line,
            @Schema(ref = OpenApiComponents.PLAN_STATUS, description = "ACTIVE or CLOSED.", example = "ACTIVE") Plan.Status status,
            @Schema(description = "The long-term goal.", example = "A job in a warehouse within a year") String longTermGoal,
            @Schema(description = "Target groups.", example = "[\"LONG_TERM_UNEMPLOYED\"]") List<String> targetGroups,
            @Schema(description = "Linked plans of the case system.") List<LinkedPlanDto> linkedPlans,
            @Schema(description = "The day it took effect.", example = "2026-11-02") LocalDate openedOn,
            @Schema(description = "The day it closed.", example = "2027-05-01") LocalDate closedOn,
            @Schema(description = "The coded outcome at closure.", example = "JOB") ClosureOutcome outcome,
            @Schema(description = "The last day of aftercare.", example = "2027-11-01") LocalDate aftercareUntil,
            @Schema(description = "Efforts in the course, recorded at closure.", example = "2 placements") String effortsSummary,
            @Schema(description = "Planned future efforts, recorded at closure.", example = "Aftercare calls") String plannedFutureEfforts,
            @Schema(description = "The version; also the ETag.", example = "0") long version,
            @Schema(description = "The key of the case system that opened the plan, if it gave one; a hand-over ends it.")
            ExternalReference externalReference,
            @Schema(description = "When the plan or anything on it (goals, participants, meetings, progression,"
                    + " consents, hand-overs, closure) last changed.") Instant updatedAt) {

        static PlanResponse from(Plan p) {
            return new PlanResponse(p.id(), p.citizenId(), p.ownerMunicipality(), p.coordinatingCaseworker(), p.line(),
                    p.status(), p.longTermGoal(), p.targetGroups(), p.linkedPlans().stream().map(LinkedPlanDto::from).toList(),
                    p.openedOn(), p.closedOn(), p.outcome(), p.aftercareUntil(), p.effortsSummary(), p.plannedFutureEfforts(),
                    p.version(), ExternalReference.ofColumns(p.externalSystem(), p.externalId()), p.updatedAt());
        }
    }

    @Schema(name = "ProgressReport", description = "A plan's progress, laid out like a rehabilitation plan for the caseworker.")
    record ProgressReportResponse(
            @Schema(description = "The plan.") PlanResponse plan,
            @Schema(description = "The sub-goals and their status.") List<GoalDtos.GoalResponse> goals,
            @Schema(description = "The labour-market ratings over time, oldest first.") List<PointDto> series,
            @Schema(description = "Latest rating against the first.", example = "RISING") ProgressReport.Trend trend,
            @Schema(description = "First and latest score per rated dimension.") Map<Dimension, ChangeDto> dimensions,
            @Schema(description = "Meetings by attendance.", example = "{\"HELD\": 12, \"NO_SHOW\": 1}") Map<Attendance, Integer> attendance,
            @Schema(description = "Minutes by legal basis.", example = "{\"LAB_167\": 600, \"SEL_85\": 240}") Map<String, Integer> minutesByLegalBasis,
            @Schema(description = "No-shows and unexcused cancellations of activation meetings.", example = "1") int sanctionRelevantAbsences) {

        static ProgressReportResponse from(ProgressReport r) {
            Map<Dimension, ChangeDto> dims = new EnumMap<>(Dimension.class);
            r.dimensions().forEach((d, c) -> dims.put(d, new ChangeDto(c.first(), c.latest(), c.delta())));
            return new ProgressReportResponse(PlanResponse.from(r.plan()),
                    r.goals().stream().map(GoalDtos.GoalResponse::from).toList(),
                    r.series().stream().map(p -> new PointDto(p.ratedOn(), p.labourMarketScore())).toList(), r.trend(), dims,
                    r.attendance(), r.minutesByLegalBasis(), r.sanctionRelevantAbsences());
        }
    }

    @Schema(name = "RatingPoint", description = "One labour-market rating.")
    record PointDto(@Schema(description = "The day of the rating.", example = "2026-12-01") LocalDate ratedOn,
                    @Schema(description = "The score 1 to 10.", example = "4") int labourMarketScore) {
    }

    @Schema(name = "ScoreChange", description = "A dimension's first and latest score.")
    record ChangeDto(@Schema(description = "The first score.", example = "3") int first,
                     @Schema(description = "The latest score.", example = "6") int latest,
                     @Schema(description = "Latest minus first.", example = "3") int delta) {
    }

    /**
     * The terms of a legal basis the request names, from the LEGAL_BASIS code list; it must be known, but may
     * be out of force (a meeting or a participation of a past period). The domain judges the rest.
     */
    static LegalBasisTerms basis(CodeLists codeLists, String code, String field) {
        if (code == null) {
            return null;
        }
        return codeLists.requireKnown(CodeList.LEGAL_BASIS, code, field).toLegalBasisTerms();
    }
}
