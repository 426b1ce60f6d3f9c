package dk.mentor.matching.domain.round;

/**
 * The assignment a round proposes: the mentor per referral (-1 for none) and the total score,
 * pinned pairs included.
 */
public record RoundSolution(int[] mentorOf, long totalScore, int assigned) {

    public int mentorOf(int referral) {
        return mentorOf[referral];
    }
}
