package dk.mentor.matching.application;

import dk.mentor.matching.domain.MentorCandidate;
import dk.mentor.matching.domain.Proposal;

/** A proposal with the mentor it proposes, for showing the shortlist. */
public record ProposalView(Proposal proposal, MentorCandidate mentor) {
}
