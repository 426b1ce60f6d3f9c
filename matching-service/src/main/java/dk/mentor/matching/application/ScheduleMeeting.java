package dk.mentor.matching.application;

import dk.mentor.kit.api.Versions;
import dk.mentor.matching.domain.Proposal;
import dk.mentor.matching.domain.Referral;
import dk.mentor.contracts.rules.RuleViolation;
import dk.mentor.matching.infra.persistence.ProposalRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** The three-party meeting (trekantssamtale): caseworker, mentor and citizen meet before anyone says yes. */
@ApplicationScoped
public class ScheduleMeeting {

    @Inject
    ReferralAccess access;

    @Inject
    ProposalRepository proposals;

    @Inject
    Clock clock;

    @Transactional
    public Referral schedule(UUID referralId, String ifMatch, Instant at, String place) {
        Referral referral = access.load(referralId, "schedule-meeting");
        Versions.requireMatch(ifMatch, referral.version(), "referral", referralId);
        referral.meetingScheduled(clock.instant());
        Proposal chosen = proposals.findByIdOptional(referral.currentProposalId())
                .orElseThrow(() -> RuleViolation.stateConflict("The referral has no chosen mentor"));
        chosen.schedule(at, place);
        proposals.flush();
        return referral;
    }
}
