package dk.mentor.matching.domain;

/** Why a referral waits: what is unmet and how many of the considered mentors it ruled out. */
public record WaitingReasonEntry(String unmet, int mentorsRuledOut, int mentorsConsidered) {
}
