package dk.mentor.matching.domain.round;

import java.util.Arrays;

/**
 * The benchmark's exact baseline: the dense O(n^2 m) Hungarian method over a cost matrix in which
 * every mentor appears once per seat it may take in the round, and every referral has a column of its
 * own for "no mentor". Pinned referrals keep their mentor and take a seat, as in the solver.
 */
final class HungarianBaseline {

    static RoundSolution solve(RoundProblem problem) {
        int n = problem.referrals();
        long maxScore = 0;
        for (int i = 0; i < problem.pairs(); i++) {
            maxScore = Math.max(maxScore, problem.pairScore(i));
        }
        long big = maxScore + 1;
        int[] pinnedOn = new int[problem.mentors()];
        int[] rows = new int[n];
        int rowCount = 0;
        for (int ref = 0; ref < n; ref++) {
            if (problem.pinnedMentor(ref) >= 0) {
                pinnedOn[problem.pinnedMentor(ref)]++;
            } else {
                rows[rowCount++] = ref;
            }
        }
        int seatCount = 0;
        int[] firstSeat = new int[problem.mentors()];
        int[] seatsOf = new int[problem.mentors()];
        for (int men = 0; men < problem.mentors(); men++) {
            seatsOf[men] = Math.min(Math.min(problem.seats(men) - pinnedOn[men], problem.loadCap()), rowCount);
            firstSeat[men] = seatCount;
            seatCount += seatsOf[men];
        }
        int[] seatOwner = new int[seatCount];
        for (int men = 0; men < problem.mentors(); men++) {
            Arrays.fill(seatOwner, firstSeat[men], firstSeat[men] + seatsOf[men], men);
        }
        int cols = seatCount + rowCount;
        long[][] cost = new long[rowCount][cols];
        int[] rowOf = new int[n];
        Arrays.fill(rowOf, -1);
        for (int i = 0; i < rowCount; i++) {
            Arrays.fill(cost[i], big);
            rowOf[rows[i]] = i;
        }
        for (int i = 0; i < problem.pairs(); i++) {
            int row = rowOf[problem.pairReferral(i)];
            int men = problem.pairMentor(i);
            if (row < 0) {
                continue;
            }
            for (int s = firstSeat[men]; s < firstSeat[men] + seatsOf[men]; s++) {
                cost[row][s] = Math.min(cost[row][s], big - problem.pairScore(i));
            }
        }
        int[] colOfRow = assign(cost, rowCount, cols);
        int[] mentorOf = new int[n];
        long total = 0;
        int assigned = 0;
        for (int ref = 0; ref < n; ref++) {
            if (problem.pinnedMentor(ref) >= 0) {
                mentorOf[ref] = problem.pinnedMentor(ref);
                total += problem.pinnedScore(ref);
                assigned++;
                continue;
            }
            int col = colOfRow[rowOf[ref]];
            long score = big - cost[rowOf[ref]][col];
            if (col < seatCount && cost[rowOf[ref]][col] < big) {
                mentorOf[ref] = seatOwner[col];
                total += score;
                assigned++;
            } else {
                mentorOf[ref] = -1;
            }
        }
        return new RoundSolution(mentorOf, total, assigned);
    }

    /** Classic potentials-based Hungarian for n rows <= m columns; returns the column of each row. */
    private static int[] assign(long[][] a, int n, int m) {
        long[] u = new long[n + 1];
        long[] v = new long[m + 1];
        int[] p = new int[m + 1];
        int[] way = new int[m + 1];
        for (int i = 1; i <= n; i++) {
            p[0] = i;
            int j0 = 0;
            long[] minv = new long[m + 1];
            Arrays.fill(minv, Long.MAX_VALUE);
            boolean[] used = new boolean[m + 1];
            do {
                used[j0] = true;
                int i0 = p[j0];
                long delta = Long.MAX_VALUE;
                int j1 = 0;
                for (int j = 1; j <= m; j++) {
                    if (!used[j]) {
                        long cur = a[i0 - 1][j - 1] - u[i0] - v[j];
                        if (cur < minv[j]) {
                            minv[j] = cur;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= m; j++) {
                    if (used[j]) {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (p[j0] != 0);
            do {
                int j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        int[] colOfRow = new int[n];
        for (int j = 1; j <= m; j++) {
            if (p[j] != 0) {
                colOfRow[p[j] - 1] = j - 1;
            }
        }
        return colOfRow;
    }
}
