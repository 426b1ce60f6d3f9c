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
 * yeses start the mentorship; a no keeps its reason, and the next mentor of the shortlist becomes the
 * candidate (or, with none left, the referral is open for a new shortlist without the declined ones).
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

    public record Outcome(Referral referral, Mentorship mentorship) {
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
        if (!yes) {
            List<Proposal> next = proposals.open(referralId);
            if (next.isEmpty()) {
                referral.shortlistExhausted(now);
            } else {
                next.get(0).choose("NEXT_AFTER_NO", now);
                referral.movedTo(next.get(0).id(), now);
            }
        } else if (chosen.bothSaidYes()) {
            started = startMentorship.start(referral, chosen, now);
        }
        proposals.flush();
        return new Outcome(referral, started);
    }
}
