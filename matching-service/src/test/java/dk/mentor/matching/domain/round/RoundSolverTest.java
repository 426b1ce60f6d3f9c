package dk.mentor.matching.domain.round;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The round is optimal: on many small random cases its total equals the best of every possible assignment. */
class RoundSolverTest {

    private final RoundSolver solver = new RoundSolver();

    @Test
    void shouldMatchBruteForceOnManySmallRandomRounds() {
        Random random = new Random(20261123L);
        for (int round = 0; round < 3000; round++) {
            RoundProblem problem = randomProblem(random, 1 + random.nextInt(7), 1 + random.nextInt(4));
            RoundSolution solution = solver.solve(problem);
            assertEquals(BruteForce.best(problem), solution.totalScore(), "round " + round);
            assertFeasible(problem, solution);
        }
    }

    @Test
    void shouldAgreeWithHungarianOnMediumRounds() {
        Random random = new Random(7L);
        for (int round = 0; round < 40; round++) {
            RoundProblem problem = randomProblem(random, 20 + random.nextInt(40), 5 + random.nextInt(30));
            RoundSolution solution = solver.solve(problem);
            assertEquals(HungarianBaseline.solve(problem).totalScore(), solution.totalScore(), "round " + round);
            assertFeasible(problem, solution);
            assertTrue(solution.totalScore() >= GreedyBaseline.solve(problem).totalScore());
        }
    }

    @Test
    void shouldBeatGreedyWhereTheBestPairBlocksTwoGoodOnes() {
        // greedy gives mentor 0 to referral 0 (90) and leaves referral 1 without anyone: 90 against 80 + 70
        RoundProblem problem = new RoundProblem(2, new int[] {1, 1}, RoundProblem.NO_CAP)
                .pair(0, 0, 90).pair(0, 1, 80).pair(1, 0, 70);
        RoundSolution solution = solver.solve(problem);
        assertEquals(150, solution.totalScore());
        assertEquals(1, solution.mentorOf(0));
        assertEquals(0, solution.mentorOf(1));
        assertEquals(90, GreedyBaseline.solve(problem).totalScore());
    }

    @Test
    void shouldKeepPinnedPairAndItsSeat() {
        // without the pin, referral 0 would move to mentor 1 so that referral 1 gets mentor 0
        RoundProblem problem = new RoundProblem(3, new int[] {1, 1}, RoundProblem.NO_CAP)
                .pin(0, 0, 40).pair(0, 1, 80).pair(1, 0, 100).pair(1, 1, 10).pair(2, 1, 30);
        RoundSolution solution = solver.solve(problem);
        assertEquals(0, solution.mentorOf(0));
        assertEquals(-1, solution.mentorOf(1)); // mentor 0's only seat is the pinned one
        assertEquals(1, solution.mentorOf(2));
        assertEquals(40 + 30, solution.totalScore());
        assertEquals(BruteForce.best(problem), solution.totalScore());
    }

    @Test
    void shouldNotGiveOneMentorMoreThanTheLoadCap() {
        // mentor 0 is everyone's favourite and has 5 seats, but may take only 2 of this round
        RoundProblem problem = new RoundProblem(4, new int[] {5, 4}, 2);
        for (int ref = 0; ref < 4; ref++) {
            problem.pair(ref, 0, 100).pair(ref, 1, 60);
        }
        RoundSolution solution = solver.solve(problem);
        assertEquals(2, count(solution, 0));
        assertEquals(2, count(solution, 1));
        assertEquals(320, solution.totalScore());
        assertEquals(BruteForce.best(problem), solution.totalScore());
    }

    @Test
    void shouldLeaveReferralWithoutMentorWhenNoSeatIsLeft() {
        RoundProblem problem = new RoundProblem(3, new int[] {1}, RoundProblem.NO_CAP)
                .pair(0, 0, 10).pair(1, 0, 30).pair(2, 0, 20);
        RoundSolution solution = solver.solve(problem);
        assertEquals(0, solution.mentorOf(1));
        assertEquals(1, solution.assigned());
        assertEquals(30, solution.totalScore());
    }

    @Test
    void shouldRefuseMorePinsThanSeats() {
        RoundProblem problem = new RoundProblem(2, new int[] {1}, RoundProblem.NO_CAP).pin(0, 0, 1).pin(1, 0, 1);
        assertThrows(IllegalArgumentException.class, () -> solver.solve(problem));
    }

    static RoundProblem randomProblem(Random random, int referrals, int mentors) {
        int[] seats = new int[mentors];
        for (int men = 0; men < mentors; men++) {
            seats[men] = random.nextInt(3);
        }
        int cap = random.nextInt(3) == 0 ? 1 + random.nextInt(2) : RoundProblem.NO_CAP;
        RoundProblem problem = new RoundProblem(referrals, seats, cap);
        int[] pinnedOn = new int[mentors];
        for (int ref = 0; ref < referrals; ref++) {
            int men = random.nextInt(mentors);
            if (random.nextInt(8) == 0 && pinnedOn[men] < seats[men]) {
                pinnedOn[men]++;
                problem.pin(ref, men, random.nextInt(1000));
                continue;
            }
            for (int m = 0; m < mentors; m++) {
                if (random.nextInt(3) > 0) {
                    problem.pair(ref, m, random.nextInt(1000));
                }
            }
        }
        return problem;
    }

    private static void assertFeasible(RoundProblem problem, RoundSolution solution) {
        int[] used = new int[problem.mentors()];
        int[] fresh = new int[problem.mentors()];
        for (int ref = 0; ref < problem.referrals(); ref++) {
            int men = solution.mentorOf(ref);
            if (problem.pinnedMentor(ref) >= 0) {
                assertEquals(problem.pinnedMentor(ref), men, "a pinned referral keeps its mentor");
            } else if (men >= 0) {
                fresh[men]++;
                assertTrue(BruteForce.score(problem, ref, men) >= 0, "only feasible pairs are proposed");
            }
            if (men >= 0) {
                used[men]++;
            }
        }
        for (int men = 0; men < problem.mentors(); men++) {
            assertTrue(used[men] <= problem.seats(men), "seats of mentor " + men);
            assertTrue(fresh[men] <= problem.loadCap(), "load cap of mentor " + men);
        }
    }

    private static int count(RoundSolution solution, int mentor) {
        int n = 0;
        for (int m : solution.mentorOf()) {
            n += m == mentor ? 1 : 0;
        }
        return n;
    }
}
