package dk.mentor.matching.application;

import dk.mentor.kit.api.Versions;
import dk.mentor.matching.domain.Mentorship;
import dk.mentor.matching.domain.Proposal;
import dk.mentor.matching.domain.Referral;
import dk.mentor.contracts.rules.RuleViolation;
import dk.mentor.matching.infra.persistence.ProposalRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * After the three-party meeting citizen and mentor each give a final yes or no (seed 000 p.30). Two
 * yeses start the mentorship; a no keeps its reason and releases the held seat, and the citizen chooses
 * again among the rest of the shortlist (or, with none left, the referral is open for a new shortlist
 * without the declined ones). The citizen's choice is theirs: nobody is chosen for them after a no.
 */
@ApplicationScoped
public class AnswerAfterMeeting {

    @Inject
    ReferralAccess access;

    @Inject
    ProposalRepository proposals;

    @Inject
    StartMentorship startMentorship;

    @Inject
    Clock clock;

    /** What the caseworker does next, told in the answer's response. */
    public enum NextStep {
        /** The other party has still to answer. */
        AWAIT_OTHER_ANSWER,
        /** Two yeses: the mentorship runs. */
        MENTORSHIP_STARTED,
        /** A no: the citizen chooses again among the rest of the shortlist. */
        CHOOSE_AGAIN,
        /** A no and nobody left on the shortlist: ask for a new one. */
        NEW_SHORTLIST
    }

    public record Outcome(Referral referral, Mentorship mentorship, NextStep nextStep) {
    }

    @Transactional
    public Outcome answer(UUID referralId, String ifMatch, Proposal.Party party, boolean yes, String reason) {
        Referral referral = access.load(referralId, "answer");
        Versions.requireMatch(ifMatch, referral.version(), "referral", referralId);
        referral.requireMeetingScheduled();
        Proposal chosen = proposals.findByIdOptional(referral.currentProposalId())
                .orElseThrow(() -> RuleViolation.stateConflict("The referral has no chosen mentor"));
        Instant now = clock.instant();
        chosen.answer(party, yes, reason, now);
        referral.answerRecorded(now);
        Mentorship started = null;
        NextStep next = NextStep.AWAIT_OTHER_ANSWER;
        if (!yes) {
            List<Proposal> rest = proposals.open(referralId);
            if (rest.isEmpty()) {
                referral.shortlistExhausted(now);
                next = NextStep.NEW_SHORTLIST;
            } else {
                referral.choiceDeclined(now);
                next = NextStep.CHOOSE_AGAIN;
            }
        } else if (chosen.bothSaidYes()) {
            started = startMentorship.start(referral, chosen, now);
            next = NextStep.MENTORSHIP_STARTED;
        }
        proposals.flush();
        return new Outcome(referral, started, next);
    }
}
