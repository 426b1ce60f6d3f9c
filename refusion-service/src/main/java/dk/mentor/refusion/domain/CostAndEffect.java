package dk.mentor.refusion.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

/**
 * Cost against effect for a municipality's plans, as the 2010 mentor guide reckons it (000 p.6): the net
 * cost (expense minus the refund the state pays once ceilings are applied) per citizen per month of
 * mentorship, and the share of plans closed with each outcome, per target group and mentor kind.
 * <p>
 * A line with no citizen but a mentor (the mentor's training, a fee for no one mentorship) is shared
 * out evenly over the plans the mentor served in the period, as the guide puts the course on the two
 * citizens of the mentor. Months are those of the mentorships' periods inside the report's period, so
 * four months of mentorship count four months however the meetings fall; a citizen with cost but no
 * known mentorship counts the months with cost. A plan in several target groups counts in each of
 * them, so the groups may overlap; the total counts every citizen and plan once.
 */
public final class CostAndEffect {

    /** Stands for "any" in the total row. */
    public static final String ALL = "ALL";
    /** A plan with no target group recorded. */
    public static final String UNSPECIFIED = "UNSPECIFIED";
    /** A plan no mentorship is known for. */
    public static final String NO_MENTORSHIP = "NO_MENTORSHIP";

    /** What the breakdown needs of a plan: its target groups and the kind of its (latest) mentor. */
    public record PlanProfile(List<String> targetGroups, String mentorKind) {

        List<Key> keys() {
            List<String> groups = targetGroups == null || targetGroups.isEmpty() ? List.of(UNSPECIFIED) : targetGroups;
            String kind = mentorKind == null ? NO_MENTORSHIP : mentorKind;
            return groups.stream().map(g -> new Key(g, kind)).toList();
        }
    }

    /** The net cost of one ledger line: a citizen's plan's (plan and citizen set) or a mentor's (mentor only). */
    public record Cost(UUID planId, UUID citizenRef, UUID mentorId, YearMonth month, BigDecimal net) {

        /** The line less the refund it earns after ceilings. */
        public static Cost of(ExpenseLine line, BigDecimal refund) {
            return new Cost(line.planId(), line.citizenRef(), line.mentorId(), YearMonth.from(line.expenseDate()),
                    line.amount().subtract(refund));
        }
    }

    /** A mentorship's days inside the report's period (both ends included). */
    public record Stint(UUID planId, UUID citizenRef, UUID mentorId, LocalDate from, LocalDate to) {
    }

    public record OutcomeShare(String outcome, int plans, BigDecimal share) {
    }

    public record Group(String targetGroup, String mentorKind, int citizens, int citizenMonths, BigDecimal netCost,
                        BigDecimal netCostPerCitizenMonth, int plansClosed, List<OutcomeShare> outcomes) {
    }

    /** The rows, and the net cost of mentors who served no citizen in the period (in no row). */
    public record Report(Group total, List<Group> groups, BigDecimal unassignedNetCost) {
    }

    record Key(String targetGroup, String mentorKind) {
    }

    private CostAndEffect() {
    }

    public static Report of(List<Cost> costs, List<Stint> stints, Map<UUID, String> outcomesByPlan,
                            Function<UUID, PlanProfile> profiles) {
        Map<Key, Tally> tallies = new TreeMap<>(Comparator.comparing(Key::targetGroup).thenComparing(Key::mentorKind));
        Tally total = new Tally();
        Map<UUID, PlanProfile> known = new HashMap<>();
        Function<UUID, List<Tally>> talliesOf = plan -> {
            List<Tally> of = new ArrayList<>(List.of(total));
            known.computeIfAbsent(plan, profiles).keys().forEach(key -> of.add(tallies.computeIfAbsent(key, k -> new Tally())));
            return of;
        };
        stints.forEach(stint -> talliesOf.apply(stint.planId()).forEach(t -> t.serve(stint)));
        BigDecimal unassigned = BigDecimal.ZERO;
        for (Cost cost : attributed(costs, stints)) {
            if (cost.planId() == null) {
                unassigned = unassigned.add(cost.net());
            } else {
                talliesOf.apply(cost.planId()).forEach(t -> t.add(cost));
            }
        }
        outcomesByPlan.forEach((plan, outcome) -> talliesOf.apply(plan).forEach(t -> t.closed(outcome)));
        List<Group> groups = new ArrayList<>();
        tallies.forEach((key, tally) -> groups.add(tally.group(key.targetGroup(), key.mentorKind())));
        return new Report(total.group(ALL, ALL), groups, Money.of(unassigned));
    }

    /**
     * Every cost on a plan: a mentor's cost split evenly over the mentor's plans in the period, the last
     * share taking the øre the split leaves, so the shares add up to the line. A mentor with no plan in
     * the period keeps the cost unassigned (plan null).
     */
    static List<Cost> attributed(List<Cost> costs, List<Stint> stints) {
        Map<UUID, Map<UUID, UUID>> plansOfMentor = new HashMap<>();
        stints.forEach(s -> plansOfMentor.computeIfAbsent(s.mentorId(), m -> new LinkedHashMap<>()).put(s.planId(), s.citizenRef()));
        List<Cost> attributed = new ArrayList<>();
        for (Cost cost : costs) {
            Map<UUID, UUID> plans = cost.mentorId() == null ? Map.of() : plansOfMentor.getOrDefault(cost.mentorId(), Map.of());
            if (cost.planId() != null || plans.isEmpty()) {
                attributed.add(cost);
                continue;
            }
            BigDecimal share = cost.net().divide(BigDecimal.valueOf(plans.size()), 2, RoundingMode.DOWN);
            BigDecimal left = cost.net();
            int i = 0;
            for (Map.Entry<UUID, UUID> plan : plans.entrySet()) {
                BigDecimal part = ++i == plans.size() ? left : share;
                left = left.subtract(part);
                attributed.add(new Cost(plan.getKey(), plan.getValue(), cost.mentorId(), cost.month(), part));
            }
        }
        return attributed;
    }

    /** Months of a span of days, both ends included: whole months, and a started month as one (4 Dec to 3 Apr is 4). */
    static int months(LocalDate from, LocalDate to) {
        java.time.Period period = java.time.Period.between(from, to.plusDays(1));
        return (int) period.toTotalMonths() + (period.getDays() > 0 ? 1 : 0);
    }

    /** Running sums of one group. */
    private static final class Tally {

        private final Map<UUID, Map<YearMonth, BigDecimal>> netByCitizenMonth = new HashMap<>();
        private final Map<UUID, List<Stint>> stintsByCitizen = new HashMap<>();
        private final Map<String, Integer> outcomes = new TreeMap<>();
        private BigDecimal net = BigDecimal.ZERO;
        private int closed;

        void serve(Stint stint) {
            stintsByCitizen.computeIfAbsent(stint.citizenRef(), c -> new ArrayList<>()).add(stint);
        }

        void add(Cost cost) {
            net = net.add(cost.net());
            netByCitizenMonth.computeIfAbsent(cost.citizenRef(), c -> new HashMap<>()).merge(cost.month(), cost.net(), BigDecimal::add);
        }

        void closed(String outcome) {
            closed++;
            outcomes.merge(outcome, 1, Integer::sum);
        }

        Group group(String targetGroup, String mentorKind) {
            int citizenMonths = stintsByCitizen.values().stream().mapToInt(Tally::mentoredMonths).sum();
            int citizens = stintsByCitizen.size();
            for (Map.Entry<UUID, Map<YearMonth, BigDecimal>> citizen : netByCitizenMonth.entrySet()) {
                if (stintsByCitizen.containsKey(citizen.getKey())) {
                    continue;
                }
                // no mentorship known: the months with cost; a month whose lines were all reversed had none
                int monthsWithCost = (int) citizen.getValue().values().stream().filter(amount -> amount.signum() != 0).count();
                citizenMonths += monthsWithCost;
                citizens += monthsWithCost > 0 ? 1 : 0;
            }
            BigDecimal perMonth = citizenMonths == 0 ? null
                    : net.divide(BigDecimal.valueOf(citizenMonths), 2, RoundingMode.HALF_UP);
            List<OutcomeShare> shares = outcomes.entrySet().stream()
                    .map(e -> new OutcomeShare(e.getKey(), e.getValue(),
                            BigDecimal.valueOf(e.getValue()).divide(BigDecimal.valueOf(closed), 4, RoundingMode.HALF_UP)))
                    .toList();
            return new Group(targetGroup, mentorKind, citizens, citizenMonths, Money.of(net), perMonth, closed, shares);
        }

        /** The months a citizen had a mentor: overlapping mentorships (a renewal, a second mentor) count once. */
        private static int mentoredMonths(List<Stint> stints) {
            List<Stint> sorted = stints.stream().sorted(Comparator.comparing(Stint::from)).toList();
            int months = 0;
            LocalDate from = null;
            LocalDate to = null;
            for (Stint s : sorted) {
                if (to != null && !s.from().isAfter(to.plusDays(1))) {
                    to = s.to().isAfter(to) ? s.to() : to;
                    continue;
                }
                if (to != null) {
                    months += months(from, to);
                }
                from = s.from();
                to = s.to();
            }
            return to == null ? months : months + months(from, to);
        }
    }
}
