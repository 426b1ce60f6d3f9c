package dk.mentor.matching.domain.round;

import java.util.Arrays;

/**
 * A matching round as a graph: referrals 0..r-1, mentors 0..m-1 with the seats each has free, the
 * feasible pairs with their integer scores (ranking's thousandths), the pairs pinned before the round
 * (they keep their mentor and use a seat), and a cap on how many new referrals one mentor may take.
 */
public final class RoundProblem {

    public static final int NO_CAP = Integer.MAX_VALUE;

    private final int referrals;
    private final int[] seats;
    private final int loadCap;
    private int[] pairReferral = new int[16];
    private int[] pairMentor = new int[16];
    private long[] pairScore = new long[16];
    private int pairs;
    private final int[] pinnedMentor;
    private final long[] pinnedScore;

    public RoundProblem(int referrals, int[] seats, int loadCap) {
        if (referrals < 0 || loadCap < 0) {
            throw new IllegalArgumentException("referrals and load cap must not be negative");
        }
        for (int s : seats) {
            if (s < 0) {
                throw new IllegalArgumentException("seats must not be negative");
            }
        }
        this.referrals = referrals;
        this.seats = seats.clone();
        this.loadCap = loadCap;
        this.pinnedMentor = new int[referrals];
        Arrays.fill(pinnedMentor, -1);
        this.pinnedScore = new long[referrals];
    }

    /** A mentor the referral may get, with the pair's score (not negative). */
    public RoundProblem pair(int referral, int mentor, long score) {
        check(referral, mentor);
        if (score < 0) {
            throw new IllegalArgumentException("a score must not be negative: " + score);
        }
        if (pairs == pairReferral.length) {
            pairReferral = Arrays.copyOf(pairReferral, pairs * 2);
            pairMentor = Arrays.copyOf(pairMentor, pairs * 2);
            pairScore = Arrays.copyOf(pairScore, pairs * 2);
        }
        pairReferral[pairs] = referral;
        pairMentor[pairs] = mentor;
        pairScore[pairs] = score;
        pairs++;
        return this;
    }

    /** The referral keeps this mentor: the round neither moves it nor gives the seat to anyone else. */
    public RoundProblem pin(int referral, int mentor, long score) {
        check(referral, mentor);
        if (pinnedMentor[referral] >= 0) {
            throw new IllegalArgumentException("referral " + referral + " is pinned already");
        }
        pinnedMentor[referral] = mentor;
        pinnedScore[referral] = score;
        return this;
    }

    private void check(int referral, int mentor) {
        if (referral < 0 || referral >= referrals || mentor < 0 || mentor >= seats.length) {
            throw new IllegalArgumentException("no referral " + referral + " or mentor " + mentor + " in this round");
        }
    }

    public int referrals() { return referrals; }
    public int mentors() { return seats.length; }
    public int seats(int mentor) { return seats[mentor]; }
    public int loadCap() { return loadCap; }
    public int pairs() { return pairs; }
    public int pairReferral(int i) { return pairReferral[i]; }
    public int pairMentor(int i) { return pairMentor[i]; }
    public long pairScore(int i) { return pairScore[i]; }
    public int pinnedMentor(int referral) { return pinnedMentor[referral]; }
    public long pinnedScore(int referral) { return pinnedScore[referral]; }
}
