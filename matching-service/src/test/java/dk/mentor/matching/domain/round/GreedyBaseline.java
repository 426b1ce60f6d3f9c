package dk.mentor.matching.domain.round;

import java.util.Arrays;

/** What a coordinator does by hand: the best-scoring pair first, as long as the mentor has a seat. */
final class GreedyBaseline {

    static RoundSolution solve(RoundProblem problem) {
        int n = problem.referrals();
        int[] mentorOf = new int[n];
        Arrays.fill(mentorOf, -1);
        int[] left = new int[problem.mentors()];
        int[] taken = new int[problem.mentors()];
        for (int men = 0; men < problem.mentors(); men++) {
            left[men] = problem.seats(men);
        }
        long total = 0;
        int assigned = 0;
        for (int ref = 0; ref < n; ref++) {
            if (problem.pinnedMentor(ref) >= 0) {
                mentorOf[ref] = problem.pinnedMentor(ref);
                left[mentorOf[ref]]--;
                total += problem.pinnedScore(ref);
                assigned++;
            }
        }
        // best score first, then pair order: one primitive sort of (inverted score, index) keys
        long maxScore = 0;
        for (int i = 0; i < problem.pairs(); i++) {
            maxScore = Math.max(maxScore, problem.pairScore(i));
        }
        long[] order = new long[problem.pairs()];
        for (int i = 0; i < problem.pairs(); i++) {
            order[i] = ((maxScore - problem.pairScore(i)) << 32) | i;
        }
        Arrays.sort(order);
        for (long key : order) {
            int i = (int) key;
            int ref = problem.pairReferral(i);
            int men = problem.pairMentor(i);
            if (mentorOf[ref] < 0 && left[men] > 0 && taken[men] < problem.loadCap()) {
                mentorOf[ref] = men;
                left[men]--;
                taken[men]++;
                total += problem.pairScore(i);
                assigned++;
            }
        }
        return new RoundSolution(mentorOf, total, assigned);
    }
}
