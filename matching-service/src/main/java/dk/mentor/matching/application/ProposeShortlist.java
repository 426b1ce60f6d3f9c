package dk.mentor.matching.application;

import dk.mentor.kit.api.Versions;
import dk.mentor.matching.domain.MentorCandidate;
import dk.mentor.matching.domain.Mentorship;
import dk.mentor.matching.domain.Proposal;
import dk.mentor.matching.domain.Referral;
import dk.mentor.matching.domain.WaitingReasonEntry;
import dk.mentor.matching.domain.ranking.RankingEngine;
import dk.mentor.matching.domain.ranking.RankingResult;
import dk.mentor.matching.domain.ranking.Weights;
import dk.mentor.matching.infra.persistence.MentorCandidateRepository;
import dk.mentor.matching.infra.persistence.MentorshipRepository;
import dk.mentor.matching.infra.persistence.ProposalRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Ranks the mentors for a referral and keeps the best as its shortlist, each with its explanation;
 * a referral nobody fits goes on the waiting list with the reason per unmet wish. Mentors of a kind the
 * eligibility rows do not let serve the referral's citizen are left out.
 */
@ApplicationScoped
public class ProposeShortlist {

    private final RankingEngine engine = new RankingEngine();

    @Inject
    ReferralAccess access;

    @Inject
    MentorCandidateRepository candidates;

    @Inject
    ProposalRepository proposals;

    @Inject
    MentorshipRepository mentorships;

    @Inject
    WeightsInForce weightsInForce;

    @Inject
    EligibilityInForce eligibility;

    @Inject
    MatchingConfig config;

    @Inject
    Clock clock;

    @Transactional
    public Referral propose(UUID referralId, String ifMatch) {
        Referral referral = access.load(referralId, "propose");
        Versions.requireMatch(ifMatch, referral.version(), "referral", referralId);
        Instant now = clock.instant();
        Weights weights = weightsInForce.of(referral.actingMunicipality());
        List<MentorCandidate> serving = candidates.servingMunicipality(referral.actingMunicipality());
        RankingResult result = engine.rank(referral.criteria(excludedMentors(referral), eligibility.of(referral).kinds()),
                serving.stream().map(MentorCandidate::profile).toList(), weights, config.shortlistSize());
        proposals.open(referralId).forEach(Proposal::superseded);
        if (result.ranked().isEmpty()) {
            referral.waiting(result.waitingReasons().stream().map(r -> new WaitingReasonEntry(r.unmet().name(),
                    r.mentorsRuledOut(), r.mentorsConsidered())).toList(), now);
        } else {
            referral.proposed(now);
            int rank = 1;
            for (RankingEngine.Ranked ranked : result.ranked()) {
                proposals.persist(Proposal.of(referralId, ranked.mentor().mentorId(), null, rank++, ranked.score(),
                        ranked.explanation(), weights.scope(), weights.version(), now));
            }
        }
        proposals.flush();
        return referral;
    }

    /** Mentors who said no (or were turned down) for this referral, and the one a poor match ended with. */
    Set<UUID> excludedMentors(Referral referral) {
        Set<UUID> excluded = new HashSet<>(proposals.declinedMentors(referral.id()));
        if (referral.previousMentorshipId() != null) {
            mentorships.findByIdOptional(referral.previousMentorshipId())
                    .filter(m -> "POOR_MATCH".equals(m.endReason()))
                    .map(Mentorship::mentorId)
                    .ifPresent(excluded::add);
        }
        return excluded;
    }
}
