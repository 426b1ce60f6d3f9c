package dk.mentor.matching.domain.round;

/** Tries every assignment of a small round; the reference the solver is checked against. */
final class BruteForce {

    static long best(RoundProblem problem) {
        int[] left = new int[problem.mentors()];
        int[] taken = new int[problem.mentors()];
        long pinned = 0;
        for (int men = 0; men < problem.mentors(); men++) {
            left[men] = problem.seats(men);
        }
        for (int ref = 0; ref < problem.referrals(); ref++) {
            if (problem.pinnedMentor(ref) >= 0) {
                left[problem.pinnedMentor(ref)]--;
                pinned += problem.pinnedScore(ref);
            }
        }
        return pinned + search(problem, 0, left, taken);
    }

    private static long search(RoundProblem problem, int ref, int[] left, int[] taken) {
        if (ref == problem.referrals()) {
            return 0;
        }
        long best = search(problem, ref + 1, left, taken); // no mentor for this one
        if (problem.pinnedMentor(ref) >= 0) {
            return best;
        }
        for (int men = 0; men < problem.mentors(); men++) {
            long score = score(problem, ref, men);
            if (score >= 0 && left[men] > 0 && taken[men] < problem.loadCap()) {
                left[men]--;
                taken[men]++;
                best = Math.max(best, score + search(problem, ref + 1, left, taken));
                left[men]++;
                taken[men]--;
            }
        }
        return best;
    }

    /** The best score of the pair, or -1 when it is not feasible. */
    static long score(RoundProblem problem, int ref, int men) {
        long best = -1;
        for (int i = 0; i < problem.pairs(); i++) {
            if (problem.pairReferral(i) == ref && problem.pairMentor(i) == men) {
                best = Math.max(best, problem.pairScore(i));
            }
        }
        return best;
    }
}
