package dk.mentor.refusion.application;

import dk.mentor.kit.problem.ProblemException;
import dk.mentor.refusion.domain.CeilingFrame;
import dk.mentor.refusion.domain.CostAndEffect;
import dk.mentor.refusion.domain.ExpenseLine;
import dk.mentor.refusion.domain.PlanFact;
import dk.mentor.refusion.domain.RefundAllocation;
import dk.mentor.refusion.domain.RuleBook;
import dk.mentor.refusion.infra.persistence.LedgerRepository;
import dk.mentor.refusion.infra.persistence.MentorshipRepository;
import dk.mentor.refusion.infra.persistence.PlanRepository;
import dk.mentor.refusion.infra.persistence.RuleSetRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Cost against effect for a municipality's plans in a period (seed 001 p.16, the KPIs of cost per citizen;
 * the 2010 guide's net cost per citizen per month, 000 p.6), netted with the refund after ceilings.
 */
@ApplicationScoped
public class ReportCostAndEffect {

    /** Longer periods are several reports: the ledger of a large municipality over years is a lot to read. */
    private static final int MAX_YEARS = 5;
    /** Stands for a ceiling whose amount is not set yet. */
    private static final BigDecimal NO_LIMIT = new BigDecimal("1e15");

    @Inject
    LedgerRepository ledger;

    @Inject
    PlanRepository plans;

    @Inject
    MentorshipRepository mentorships;

    @Inject
    RuleSetRepository rules;

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
        List<ExpenseLine> lines = ledger.between(municipality, from, to);
        Map<UUID, BigDecimal> refunds = refundsAfterCeilings(municipality, lines, to);
        List<CostAndEffect.Cost> costs = lines.stream().map(l -> CostAndEffect.Cost.of(l, refunds.get(l.id()))).toList();
        return CostAndEffect.of(costs, mentorships.stintsBetween(municipality, from, to),
                plans.outcomesClosedBetween(municipality, from, to), this::profile);
    }

    /**
     * What the state pays for each line once ceilings are applied: a ceiling's year is walked from its
     * first day, so spending earlier in the year than the period still uses up the ceiling. A ceiling
     * whose amount no rule names yet limits nothing here (a report must not fail on a missing figure;
     * a claim does).
     */
    private Map<UUID, BigDecimal> refundsAfterCeilings(String municipality, List<ExpenseLine> lines, LocalDate to) {
        Map<UUID, BigDecimal> refunds = new HashMap<>();
        Map<Integer, List<ExpenseLine>> byYear = lines.stream()
                .collect(Collectors.groupingBy(l -> l.expenseDate().getYear(), TreeMap::new, Collectors.toList()));
        byYear.forEach((year, ofYear) -> {
            Map<UUID, ExpenseLine> walk = new LinkedHashMap<>();
            ofYear.forEach(l -> walk.put(l.id(), l));
            LocalDate yearEnd = LocalDate.of(year, 12, 31);
            ofYear.stream().map(CeilingFrame::of).filter(CeilingFrame::limits).distinct()
                    .flatMap(frame -> ledger.underCeiling(municipality, frame, to.isBefore(yearEnd) ? to : yearEnd).stream())
                    .forEach(l -> walk.putIfAbsent(l.id(), l));
            List<ExpenseLine> inPostingOrder = walk.values().stream().sorted(Comparator.comparing(ExpenseLine::seq)).toList();
            refunds.putAll(RefundAllocation.allocate(inPostingOrder, frame -> Optional.of(
                    RuleBook.ceilingAmount(rules.ceilingRows(frame, year), frame, municipality, year).orElse(NO_LIMIT))));
        });
        return refunds;
    }

    private CostAndEffect.PlanProfile profile(UUID planId) {
        List<String> groups = plans.find(planId).map(PlanFact::targetGroups).orElse(List.of());
        return new CostAndEffect.PlanProfile(groups, mentorships.latestKindOfPlan(planId).orElse(null));
    }
}
