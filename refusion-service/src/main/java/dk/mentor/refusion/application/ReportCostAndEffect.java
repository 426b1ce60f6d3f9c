package dk.mentor.refusion.application;

import dk.mentor.kit.persistence.RepeatableRead;
import dk.mentor.kit.problem.ProblemException;
import dk.mentor.refusion.domain.CeilingFrame;
import dk.mentor.refusion.domain.CostAndEffect;
import dk.mentor.refusion.domain.ExpenseLine;
import dk.mentor.refusion.domain.RefundAllocation;
import dk.mentor.refusion.domain.RuleBook;
import dk.mentor.refusion.infra.persistence.LedgerRepository;
import dk.mentor.refusion.infra.persistence.MentorshipRepository;
import dk.mentor.refusion.infra.persistence.PlanRepository;
import dk.mentor.refusion.infra.persistence.RuleSetRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
    EntityManager em;

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
        // the mentorships, the outcomes and the plans' mentor kinds are read in separate statements: one snapshot
        RepeatableRead.begin(em);
        economy.requireReadable(municipality, "cost-and-effect");
        // A citizen's line under no ceiling is netted and summed per plan, citizen and month by the database;
        // only a mentor's lines (shared over plans) and lines under a ceiling (walked in order) are read one by one.
        List<CostAndEffect.Cost> costs = new ArrayList<>(ledger.unlimitedCitizenCosts(municipality, from, to));
        List<ExpenseLine> lines = ledger.pricedOneByOne(municipality, from, to);
        Map<UUID, BigDecimal> refunds = refundsAfterCeilings(municipality, lines, to);
        lines.forEach(l -> costs.add(CostAndEffect.Cost.of(l, refunds.get(l.id()))));
        List<CostAndEffect.Stint> stints = mentorships.stintsBetween(municipality, from, to);
        Map<UUID, String> outcomes = plans.outcomesClosedBetween(municipality, from, to);
        Set<UUID> planIds = new HashSet<>(outcomes.keySet());
        stints.forEach(stint -> planIds.add(stint.planId()));
        costs.stream().map(CostAndEffect.Cost::planId).filter(Objects::nonNull).forEach(planIds::add);
        Map<UUID, CostAndEffect.PlanProfile> profiles = profiles(planIds);
        return CostAndEffect.of(costs, stints, outcomes, profiles::get);
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

    /** The target groups and latest mentor kind of every plan, read in a few queries rather than two a plan. */
    private Map<UUID, CostAndEffect.PlanProfile> profiles(Set<UUID> planIds) {
        Map<UUID, List<String>> groups = plans.targetGroupsOf(planIds);
        Map<UUID, String> kinds = mentorships.latestKindOfPlans(planIds);
        Map<UUID, CostAndEffect.PlanProfile> profiles = new HashMap<>();
        planIds.forEach(plan -> profiles.put(plan,
                new CostAndEffect.PlanProfile(groups.getOrDefault(plan, List.of()), kinds.get(plan))));
        return profiles;
    }
}
