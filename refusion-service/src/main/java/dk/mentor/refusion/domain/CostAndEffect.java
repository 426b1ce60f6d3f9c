package dk.mentor.refusion.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

/**
 * Cost against effect for a municipality's plans: the net cost (expense minus the refund at the rule's
 * rate) per citizen per month the citizen had cost, and the share of plans closed with each outcome,
 * per target group and mentor kind. A plan in several target groups counts in each of them, so the
 * groups may overlap; the total counts every citizen and plan once.
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

    /** The net cost of one ledger line of a citizen's plan in a month. */
    public record Cost(UUID planId, UUID citizenRef, YearMonth month, BigDecimal net) {

        public static Cost of(ExpenseLine line) {
            return new Cost(line.planId(), line.citizenRef(), YearMonth.from(line.expenseDate()),
                    line.amount().subtract(line.refundBeforeCeiling()));
        }
    }

    public record OutcomeShare(String outcome, int plans, BigDecimal share) {
    }

    public record Group(String targetGroup, String mentorKind, int citizens, int citizenMonths, BigDecimal netCost,
                        BigDecimal netCostPerCitizenMonth, int plansClosed, List<OutcomeShare> outcomes) {
    }

    public record Report(Group total, List<Group> groups) {
    }

    record Key(String targetGroup, String mentorKind) {
    }

    private CostAndEffect() {
    }

    public static Report of(List<Cost> costs, Map<UUID, String> outcomesByPlan, Function<UUID, PlanProfile> profiles) {
        Map<Key, Tally> tallies = new TreeMap<>(Comparator.comparing(Key::targetGroup).thenComparing(Key::mentorKind));
        Tally total = new Tally();
        Map<UUID, PlanProfile> known = new HashMap<>();
        for (Cost cost : costs) {
            total.add(cost);
            for (Key key : known.computeIfAbsent(cost.planId(), profiles).keys()) {
                tallies.computeIfAbsent(key, k -> new Tally()).add(cost);
            }
        }
        outcomesByPlan.forEach((plan, outcome) -> {
            total.closed(outcome);
            for (Key key : known.computeIfAbsent(plan, profiles).keys()) {
                tallies.computeIfAbsent(key, k -> new Tally()).closed(outcome);
            }
        });
        List<Group> groups = new ArrayList<>();
        tallies.forEach((key, tally) -> groups.add(tally.group(key.targetGroup(), key.mentorKind())));
        return new Report(total.group(ALL, ALL), groups);
    }

    /** Running sums of one group. */
    private static final class Tally {

        private final Map<UUID, Map<YearMonth, BigDecimal>> netByCitizenMonth = new HashMap<>();
        private final Map<String, Integer> outcomes = new TreeMap<>();
        private BigDecimal net = BigDecimal.ZERO;
        private int closed;

        void add(Cost cost) {
            net = net.add(cost.net());
            netByCitizenMonth.computeIfAbsent(cost.citizenRef(), c -> new HashMap<>()).merge(cost.month(), cost.net(), BigDecimal::add);
        }

        void closed(String outcome) {
            closed++;
            outcomes.merge(outcome, 1, Integer::sum);
        }

        Group group(String targetGroup, String mentorKind) {
            // a month whose lines were all reversed had no cost after all
            int citizenMonths = (int) netByCitizenMonth.values().stream()
                    .flatMap(months -> months.values().stream()).filter(amount -> amount.signum() != 0).count();
            int citizens = (int) netByCitizenMonth.values().stream()
                    .filter(months -> months.values().stream().anyMatch(amount -> amount.signum() != 0)).count();
            BigDecimal perMonth = citizenMonths == 0 ? null
                    : net.divide(BigDecimal.valueOf(citizenMonths), 2, RoundingMode.HALF_UP);
            List<OutcomeShare> shares = outcomes.entrySet().stream()
                    .map(e -> new OutcomeShare(e.getKey(), e.getValue(),
                            BigDecimal.valueOf(e.getValue()).divide(BigDecimal.valueOf(closed), 4, RoundingMode.HALF_UP)))
                    .toList();
            return new Group(targetGroup, mentorKind, citizens, citizenMonths, Money.of(net), perMonth, closed, shares);
        }
    }
}
