package dk.mentor.refusion.application;

import dk.mentor.kit.problem.ProblemException;
import dk.mentor.refusion.domain.CostAndEffect;
import dk.mentor.refusion.domain.PlanFact;
import dk.mentor.refusion.infra.persistence.LedgerRepository;
import dk.mentor.refusion.infra.persistence.MentorshipRepository;
import dk.mentor.refusion.infra.persistence.PlanRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Cost against effect for a municipality's plans in a period (seed 001 p.16, the KPIs of cost per citizen). */
@ApplicationScoped
public class ReportCostAndEffect {

    /** Longer periods are several reports: the ledger of a large municipality over years is a lot to read. */
    private static final int MAX_YEARS = 5;

    @Inject
    LedgerRepository ledger;

    @Inject
    PlanRepository plans;

    @Inject
    MentorshipRepository mentorships;

    @Inject
    MunicipalityEconomy economy;

    @Transactional
    public CostAndEffect.Report of(String municipality, LocalDate from, LocalDate to) {
        if (from == null) {
            throw ProblemException.invalidField("from", "the first day of the period is required");
        }
        if (to == null) {
            throw ProblemException.invalidField("to", "the last day of the period is required");
        }
        if (to.isBefore(from)) {
            throw ProblemException.invalidField("to", "must not be before from");
        }
        if (from.plusYears(MAX_YEARS).isBefore(to)) {
            throw ProblemException.invalidField("to", "the period may span at most " + MAX_YEARS + " years");
        }
        economy.requireReadable(municipality, "cost-and-effect");
        List<CostAndEffect.Cost> costs = ledger.citizenLinesBetween(municipality, from, to).stream()
                .map(CostAndEffect.Cost::of).toList();
        return CostAndEffect.of(costs, plans.outcomesClosedBetween(municipality, from, to), this::profile);
    }

    private CostAndEffect.PlanProfile profile(UUID planId) {
        List<String> groups = plans.find(planId).map(PlanFact::targetGroups).orElse(List.of());
        return new CostAndEffect.PlanProfile(groups, mentorships.latestKindOfPlan(planId).orElse(null));
    }
}
