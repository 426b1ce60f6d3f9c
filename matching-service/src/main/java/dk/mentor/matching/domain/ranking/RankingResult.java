package dk.mentor.matching.domain.ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The outcome of ranking one referral: the best mentors with their explanations, and, for a referral
 * nobody fits, why: how many mentors each binding wish ruled out among those otherwise available, or,
 * when none was available, how many each filter ruled out.
 */
public record RankingResult(List<RankingEngine.Ranked> ranked, int considered, int available, int eligible,
                            Map<Unmet, Integer> firstUnmet, Map<WishKind, Integer> bindingWishMisses) {

    public RankingResult {
        firstUnmet = Map.copyOf(firstUnmet);
        bindingWishMisses = Map.copyOf(bindingWishMisses);
    }

    /** A reason on the waiting list: what is unmet and how many mentors it ruled out. */
    public record WaitingReason(Unmet unmet, int mentorsRuledOut, int mentorsConsidered) {
    }

    /**
     * Empty when someone fits. Otherwise one reason per filter that ruled mentors out (counted among all
     * mentors considered, each by the first filter it fails) and one per binding wish (counted among the
     * mentors the filters left), so the caseworker sees both a capacity shortage and an unmet wish.
     */
    public List<WaitingReason> waitingReasons() {
        List<WaitingReason> reasons = new ArrayList<>();
        if (eligible > 0) {
            return reasons;
        }
        if (considered == 0) {
            reasons.add(new WaitingReason(Unmet.NO_CANDIDATES, 0, 0));
            return reasons;
        }
        firstUnmet.entrySet().stream().filter(e -> !e.getKey().isWish()).sorted(Map.Entry.comparingByKey())
                .forEach(e -> reasons.add(new WaitingReason(e.getKey(), e.getValue(), considered)));
        bindingWishMisses.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> reasons.add(new WaitingReason(Unmet.of(e.getKey()), e.getValue(), available)));
        return reasons;
    }
}
