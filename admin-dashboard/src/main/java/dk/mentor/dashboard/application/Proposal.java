package dk.mentor.dashboard.application;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A proposed mentor with the explanation of the score, as matching-service answers it: one line per
 * criterion, whose points add up to the score. The mentor part is the presentation the citizen may see.
 */
public record Proposal(UUID id, UUID referralId, UUID roundId, int rank, BigDecimal score, String status,
                       OffsetDateTime createdAt, List<Line> explanation, Mentor mentor, String weightsScope,
                       Integer weightsVersion, String chosenBy, OffsetDateTime heldUntil, OffsetDateTime meetingAt,
                       String meetingPlace, Boolean citizenAnswer, String citizenReason, Boolean mentorAnswer,
                       String mentorReason) {

    /** The parties (CITIZEN, MENTOR) that have not answered after the three-party meeting yet. */
    public List<String> unanswered() {
        List<String> parties = new java.util.ArrayList<>();
        if (citizenAnswer == null) {
            parties.add("CITIZEN");
        }
        if (mentorAnswer == null) {
            parties.add("MENTOR");
        }
        return parties;
    }

    /** How one criterion contributed: {@code points} = weight × fulfilled / asked. */
    public record Line(String criterion, int weight, int fulfilled, int asked, BigDecimal points, String detail) {

        /** How much of the criterion is met, in percent: the filled part of the line's bar. */
        public int fitPercent() {
            return asked <= 0 ? 0 : Math.max(0, Math.min(100, Math.round(100f * fulfilled / asked)));
        }
    }

    public record Mentor(UUID mentorId, String displayName, String kind, String gender, List<String> languages,
                         List<String> meetingPlaces, List<String> meetingWindows, String presentation) {
    }

    /**
     * The width of a line's track in percent of the largest weight on this proposal, so the bars of one
     * proposal compare: a criterion worth more at full fit has the longer track, and its bar fills the
     * share that is met ({@link Line#fitPercent()}), so the filled length is the points the line gave.
     */
    public int trackPercent(Line line) {
        int largest = explanation == null ? 0 : explanation.stream().mapToInt(Line::weight).max().orElse(0);
        return largest <= 0 ? 0 : Math.round(100f * line.weight() / largest);
    }
}
