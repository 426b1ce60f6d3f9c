package dk.mentor.refusion.api;

import dk.mentor.refusion.domain.CostAndEffect;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CostAndEffect", description = "Net cost per citizen per month of mentorship (the 2010 mentor guide's measure) against the outcomes of closed plans, for a municipality and period.")
public record CostAndEffectResponse(
        @Schema(description = "The municipality.", example = "0751") String municipality,
        @Schema(description = "First day of the period.", example = "2025-01-01") LocalDate from,
        @Schema(description = "Last day of the period.", example = "2025-12-31") LocalDate to,
        @Schema(description = "Every citizen and plan of the municipality once (targetGroup and mentorKind are ALL).") Group total,
        @Schema(description = "One row per target group (from the plan) and mentor kind (from the plan's latest mentorship); a plan in several groups counts in each.") List<Group> groups,
        @Schema(description = "Net cost in the period with no citizen to carry it: training or fees of mentors who served no citizen of the municipality in the period, and fees for no mentorship. In no row.", example = "0.00") BigDecimal unassignedNetCost) {

    static CostAndEffectResponse from(String municipality, LocalDate from, LocalDate to, CostAndEffect.Report report) {
        return new CostAndEffectResponse(municipality, from, to, Group.from(report.total()),
                report.groups().stream().map(Group::from).toList(), report.unassignedNetCost());
    }

    @Schema(name = "CostAndEffectGroup", description = "Cost and outcomes of one target group and mentor kind.")
    public record Group(
            @Schema(description = "A TargetGroup name, UNSPECIFIED when the plan names none, or ALL.", example = "ACTIVITY_READY") String targetGroup,
            @Schema(description = "A MentorKind name, NO_MENTORSHIP when the plan had none, or ALL.", example = "PAID_SOCIAL_MENTOR") String mentorKind,
            @Schema(description = "Citizens with a mentorship in the period, or with net cost and no known mentorship.", example = "12") int citizens,
            @Schema(description = "Months of mentorship in the period (a started month counts as one), summed over the citizens; for a citizen with no known mentorship, the months with net cost.", example = "58") int citizenMonths,
            @Schema(description = "Expense minus the refund after ceilings, in kroner; a mentor's training and fees are shared evenly over the citizens the mentor served in the period.", example = "84250.00") BigDecimal netCost,
            @Schema(description = "netCost / citizenMonths, or null when no citizen had cost.", example = "1452.59") BigDecimal netCostPerCitizenMonth,
            @Schema(description = "Plans closed with an outcome in the period.", example = "9") int plansClosed,
            @Schema(description = "Closed plans per outcome, by outcome name.") List<Outcome> outcomes) {

        static Group from(CostAndEffect.Group g) {
            return new Group(g.targetGroup(), g.mentorKind(), g.citizens(), g.citizenMonths(), g.netCost(),
                    g.netCostPerCitizenMonth(), g.plansClosed(),
                    g.outcomes().stream().map(o -> new Outcome(o.outcome(), o.plans(), o.share())).toList());
        }
    }

    @Schema(name = "CostAndEffectOutcome", description = "How many closed plans ended with an outcome, and their share.")
    public record Outcome(
            @Schema(description = "A ClosureOutcome name.", example = "JOB") String outcome,
            @Schema(description = "Plans closed with it.", example = "3") int plans,
            @Schema(description = "plans / plansClosed, 0..1 to four decimals.", example = "0.3333") BigDecimal share) {
    }
}
