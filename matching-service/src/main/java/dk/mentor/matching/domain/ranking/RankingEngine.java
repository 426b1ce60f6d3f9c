package dk.mentor.matching.domain.ranking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Ranks mentors for a referral: hard filters first (active, vetted, serves the municipality, may act
 * under the legal basis, a free seat and enough free hours, every binding wish), then a weighted score
 * over the preferred criteria. Plain Java, so the benchmark and the round solver use it as is.
 */
public final class RankingEngine {

    /** Best first; ties go to the mentor with more free seats, then to the lower id, so a rerun ranks alike. */
    public static final Comparator<Ranked> ORDER = Comparator.comparingLong(Ranked::score).reversed()
            .thenComparing(Comparator.comparingInt((Ranked r) -> r.mentor().freeSeats()).reversed())
            .thenComparing(r -> r.mentor().mentorId().toString());

    public RankingResult rank(ReferralCriteria referral, Collection<MentorProfile> mentors, Weights weights, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be 1 or more: " + limit);
        }
        Fit fit = new Fit(referral);
        PriorityQueue<Ranked> best = new PriorityQueue<>(ORDER.reversed());
        Map<Unmet, Integer> firstUnmet = new EnumMap<>(Unmet.class);
        Map<WishKind, Integer> bindingWishMisses = new EnumMap<>(WishKind.class);
        int available = 0;
        int eligible = 0;
        for (MentorProfile mentor : mentors) {
            Unmet base = fit.firstUnmetBeforeWishes(mentor);
            if (base != null) {
                firstUnmet.merge(base, 1, Integer::sum);
                continue;
            }
            available++;
            Unmet wish = fit.countBindingWishMisses(mentor, bindingWishMisses);
            if (wish != null) {
                firstUnmet.merge(wish, 1, Integer::sum);
                continue;
            }
            eligible++;
            Ranked candidate = new Ranked(mentor, fit.score(mentor, weights, null), List.of());
            if (best.size() < limit) {
                best.add(candidate);
            } else if (ORDER.compare(candidate, best.peek()) < 0) {
                best.poll();
                best.add(candidate);
            }
        }
        List<Ranked> ranked = new ArrayList<>(best.size());
        for (Ranked r : best) {
            List<CriterionScore> explanation = new ArrayList<>();
            fit.score(r.mentor(), weights, explanation);
            ranked.add(new Ranked(r.mentor(), r.score(), List.copyOf(explanation)));
        }
        ranked.sort(ORDER);
        return new RankingResult(List.copyOf(ranked), mentors.size(), available, eligible, firstUnmet, bindingWishMisses);
    }

    /** The score of one pair for a matching round, or -1 when the mentor cannot be proposed at all. */
    public long scoreIfEligible(Fit fit, MentorProfile mentor, Weights weights) {
        if (fit.firstUnmetBeforeWishes(mentor) != null || fit.firstUnmetWish(mentor) != null) {
            return -1;
        }
        return fit.score(mentor, weights, null);
    }

    /** The explanation of one pair, for a proposal made by a matching round. */
    public List<CriterionScore> explain(Fit fit, MentorProfile mentor, Weights weights) {
        List<CriterionScore> explanation = new ArrayList<>();
        fit.score(mentor, weights, explanation);
        return List.copyOf(explanation);
    }

    /** One mentor in a ranking, with the lines that explain the score (empty while still in the heap). */
    public record Ranked(MentorProfile mentor, long score, List<CriterionScore> explanation) {
    }
}
