package dk.mentor.matching.domain.round;

import java.util.Arrays;

/**
 * Finds the assignment with the maximum total score, exactly: a min-cost flow over the sparse graph
 * of feasible pairs, solved by successive shortest paths with potentials (one referral enters at a
 * time, as in the Hungarian method, but over the sparse graph and with mentor capacities).
 *
 * <p>Every referral also has a private "skip" edge, so the flow always has one unit per referral and
 * minimising cost = S - score (S above every score) maximises the total score; a referral is left
 * without a mentor only when that gives a higher total. Costs are integers, so the optimum is exact.
 * Dijkstra stops at the first free seat it reaches; only the nodes it settled get new potentials.
 */
public final class RoundSolver {

    private static final int NONE = -1;
    private static final int SKIP = -2;

    public RoundSolution solve(RoundProblem problem) {
        return new Run(problem).solve();
    }

    private static final class Run {
        private final RoundProblem problem;
        private final int r;
        private final int m;
        private final long big;
        // the graph: pairs of each referral, as compressed rows
        private final int[] rowStart;
        private final int[] rowMentor;
        private final long[] rowCost;
        private final long[] rowScore;
        // the assignment: per referral its mentor (or SKIP) and the cost of that edge; per mentor its referrals
        private final int[] assigned;
        private final long[] assignedCost;
        private final int[] capacity;
        private final int[] slotStart;
        private final int[] slotCount;
        private final int[] slots;
        // Dijkstra state, reset lazily by a stamp per search
        private final long[] potential;
        private final long[] dist;
        private final int[] stamp;
        private final int[] parent;
        private final int[] settled;
        private final Heap heap;
        private int search;

        Run(RoundProblem problem) {
            this.problem = problem;
            this.r = problem.referrals();
            this.m = problem.mentors();
            long maxScore = 0;
            for (int i = 0; i < problem.pairs(); i++) {
                maxScore = Math.max(maxScore, problem.pairScore(i));
            }
            this.big = maxScore + 1;
            this.capacity = new int[m];
            int[] pinnedOn = new int[m];
            for (int ref = 0; ref < r; ref++) {
                if (problem.pinnedMentor(ref) >= 0) {
                    pinnedOn[problem.pinnedMentor(ref)]++;
                }
            }
            int totalSlots = 0;
            this.slotStart = new int[m];
            for (int men = 0; men < m; men++) {
                int free = problem.seats(men) - pinnedOn[men];
                if (free < 0) {
                    throw new IllegalArgumentException("mentor " + men + " has more pinned referrals than seats");
                }
                capacity[men] = Math.min(free, problem.loadCap());
                slotStart[men] = totalSlots;
                totalSlots += Math.min(capacity[men], r);
            }
            this.slotCount = new int[m];
            this.slots = new int[totalSlots];
            int[] degree = new int[r + 1];
            for (int i = 0; i < problem.pairs(); i++) {
                if (problem.pinnedMentor(problem.pairReferral(i)) < 0) {
                    degree[problem.pairReferral(i) + 1]++;
                }
            }
            for (int ref = 0; ref < r; ref++) {
                degree[ref + 1] += degree[ref];
            }
            this.rowStart = degree;
            int[] fill = Arrays.copyOf(degree, r);
            this.rowMentor = new int[degree[r]];
            this.rowCost = new long[degree[r]];
            this.rowScore = new long[degree[r]];
            for (int i = 0; i < problem.pairs(); i++) {
                int ref = problem.pairReferral(i);
                if (problem.pinnedMentor(ref) < 0) {
                    int at = fill[ref]++;
                    rowMentor[at] = problem.pairMentor(i);
                    rowScore[at] = problem.pairScore(i);
                    rowCost[at] = big - problem.pairScore(i);
                }
            }
            this.assigned = new int[r];
            Arrays.fill(assigned, NONE);
            this.assignedCost = new long[r];
            int nodes = 2 * r + m; // referrals, mentors, skips
            this.potential = new long[nodes];
            this.dist = new long[nodes];
            this.stamp = new int[nodes];
            this.parent = new int[nodes];
            this.settled = new int[nodes];
            this.heap = new Heap(Math.max(16, nodes));
        }

        RoundSolution solve() {
            for (int ref = 0; ref < r; ref++) {
                if (problem.pinnedMentor(ref) < 0) {
                    augmentFrom(ref);
                }
            }
            int[] mentorOf = new int[r];
            long total = 0;
            int count = 0;
            for (int ref = 0; ref < r; ref++) {
                int pinned = problem.pinnedMentor(ref);
                if (pinned >= 0) {
                    mentorOf[ref] = pinned;
                    total += problem.pinnedScore(ref);
                    count++;
                } else if (assigned[ref] >= 0) {
                    mentorOf[ref] = assigned[ref];
                    total += big - assignedCost[ref];
                    count++;
                } else {
                    mentorOf[ref] = NONE;
                }
            }
            return new RoundSolution(mentorOf, total, count);
        }

        private int mentorNode(int mentor) { return r + mentor; }
        private int skipNode(int ref) { return r + m + ref; }

        private void augmentFrom(int start) {
            search++;
            heap.clear();
            int settledCount = 0;
            relax(start, 0, -1);
            int terminal = -1;
            long reach = 0;
            while (!heap.isEmpty()) {
                long d = heap.topKey();
                int v = heap.pop();
                if (d > dist[v] || isSettled(v)) {
                    continue;
                }
                if (v >= r + m || (v >= r && slotCount[v - r] < capacity[v - r])) {
                    terminal = v;
                    reach = d;
                    break;
                }
                settled[settledCount++] = v;
                markSettled(v);
                if (v < r) {
                    fromReferral(v, d);
                } else {
                    fromMentor(v - r, d);
                }
            }
            for (int i = 0; i < settledCount; i++) {
                int v = settled[i];
                potential[v] += dist[v] - reach;
            }
            apply(terminal);
        }

        private void fromReferral(int ref, long d) {
            long p = potential[ref];
            for (int e = rowStart[ref]; e < rowStart[ref + 1]; e++) {
                int men = rowMentor[e];
                if (assigned[ref] == men || capacity[men] == 0) {
                    continue;
                }
                int node = mentorNode(men);
                relax(node, d + rowCost[e] + p - potential[node], ref);
            }
            if (assigned[ref] != SKIP) {
                int node = skipNode(ref);
                relax(node, d + big + p - potential[node], ref);
            }
        }

        private void fromMentor(int men, long d) {
            int node = mentorNode(men);
            for (int s = slotStart[men]; s < slotStart[men] + slotCount[men]; s++) {
                int ref = slots[s];
                relax(ref, d - assignedCost[ref] + potential[node] - potential[ref], node);
            }
        }

        private void relax(int node, long d, int from) {
            if (isSettled(node)) {
                return;
            }
            if (stamp[node] != search) {
                stamp[node] = search;
                dist[node] = Long.MAX_VALUE;
            }
            if (d < dist[node]) {
                dist[node] = d;
                parent[node] = from;
                heap.push(d, node);
            }
        }

        // settled nodes carry a negative stamp of the search, so one array serves both purposes
        private boolean isSettled(int node) { return stamp[node] == -search; }
        private void markSettled(int node) { stamp[node] = -search; }

        /** Moves every referral on the path one step: the last takes the free seat, the first gets a mentor. */
        private void apply(int terminal) {
            int target = terminal;
            int ref = parent[terminal];
            while (true) {
                int previous = assigned[ref];
                if (target >= r + m) {
                    assigned[ref] = SKIP;
                    assignedCost[ref] = big;
                } else {
                    int men = target - r;
                    assigned[ref] = men;
                    assignedCost[ref] = costOf(ref, men);
                    slots[slotStart[men] + slotCount[men]++] = ref;
                }
                if (previous < 0) {
                    return; // the referral that entered this round
                }
                removeSlot(previous, ref);
                target = mentorNode(previous);
                ref = parent[target];
            }
        }

        private long costOf(int ref, int men) {
            long best = Long.MAX_VALUE;
            for (int e = rowStart[ref]; e < rowStart[ref + 1]; e++) {
                if (rowMentor[e] == men) {
                    best = Math.min(best, rowCost[e]);
                }
            }
            return best;
        }

        private void removeSlot(int men, int ref) {
            int from = slotStart[men];
            int last = from + slotCount[men] - 1;
            for (int s = from; s <= last; s++) {
                if (slots[s] == ref) {
                    slots[s] = slots[last];
                    slotCount[men]--;
                    return;
                }
            }
            throw new IllegalStateException("referral " + ref + " was not on mentor " + men);
        }
    }
}
