package dk.mentor.matching.application;

import dk.mentor.contracts.ids.NewIds;
import dk.mentor.kit.access.Caller;
import dk.mentor.matching.domain.MatchingRound;
import dk.mentor.matching.domain.MentorCandidate;
import dk.mentor.matching.domain.Proposal;
import dk.mentor.matching.domain.Referral;
import dk.mentor.matching.domain.ReferralStatus;
import dk.mentor.matching.domain.ranking.Fit;
import dk.mentor.matching.domain.ranking.MentorProfile;
import dk.mentor.matching.domain.ranking.RankingEngine;
import dk.mentor.matching.domain.ranking.Weights;
import dk.mentor.matching.domain.round.RoundProblem;
import dk.mentor.matching.domain.round.RoundSolution;
import dk.mentor.matching.domain.round.RoundSolver;
import dk.mentor.matching.infra.persistence.MatchingRoundRepository;
import dk.mentor.matching.infra.persistence.MentorCandidateRepository;
import dk.mentor.matching.infra.persistence.ProposalRepository;
import dk.mentor.matching.infra.persistence.ReferralRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A coordinator's matching round over the open referrals of chosen municipalities. It finds the
 * assignment with the maximum total score within every mentor's free seats (exactly, see RoundSolver),
 * keeps referrals whose mentor is already chosen pinned to that mentor, caps how many referrals one
 * mentor may take in the round, and leaves one proposal per referral for a caseworker to accept.
 * Each pair is checked against the free hours on its own; the seat gate re-checks hours at the start.
 */
@ApplicationScoped
public class RunMatchingRound {

    private static final Set<ReferralStatus> IN_ROUND = Set.of(ReferralStatus.OPEN, ReferralStatus.PROPOSED,
            ReferralStatus.WAITING, ReferralStatus.CHOSEN, ReferralStatus.MEETING_SCHEDULED);

    private final RankingEngine engine = new RankingEngine();
    private final RoundSolver solver = new RoundSolver();

    @Inject
    ReferralAccess access;
    @Inject
    ReferralRepository referrals;
    @Inject
    MentorCandidateRepository candidates;
    @Inject
    ProposalRepository proposals;
    @Inject
    MatchingRoundRepository rounds;
    @Inject
    ProposeShortlist shortlist;
    @Inject
    WeightsInForce weightsInForce;

    @Inject
    EligibilityInForce eligibility;

    @Inject
    Caller caller;
    @Inject
    Clock clock;

    @Transactional
    public MatchingRound run(List<String> municipalities, int loadCap) {
        List<String> scope = municipalities.stream().distinct().sorted().toList();
        UUID roundId = NewIds.next();
        scope.forEach(m -> access.requireActsFor(m, "matching-round", roundId, "run"));
        Instant now = clock.instant();
        List<Referral> inRound = referrals.inMunicipalities(scope, IN_ROUND);
        Map<UUID, Integer> mentorIndex = new LinkedHashMap<>();
        List<MentorProfile> mentors = new ArrayList<>();
        Map<String, List<Integer>> servingByMunicipality = new HashMap<>();
        for (String municipality : scope) {
            List<Integer> serving = new ArrayList<>();
            for (MentorCandidate c : candidates.availableFor(municipality)) {
                serving.add(mentorIndex.computeIfAbsent(c.mentorId(), id -> add(mentors, c)));
            }
            servingByMunicipality.put(municipality, serving);
        }
        int[] seats = mentors.stream().mapToInt(MentorProfile::freeSeats).toArray();
        RoundProblem problem = new RoundProblem(inRound.size(), seats, loadCap);
        Map<String, Weights> weights = new HashMap<>();
        int[] pinsOn = new int[mentors.size()];
        int pinned = 0;
        for (int i = 0; i < inRound.size(); i++) {
            Referral referral = inRound.get(i);
            Weights w = weights.computeIfAbsent(referral.actingMunicipality(), weightsInForce::of);
            Fit fit = new Fit(referral.criteria(shortlist.excludedMentors(referral), eligibility.of(referral).kinds()));
            if (!referral.status().openForProposals()) {
                UUID chosenMentor = proposals.findById(referral.currentProposalId()).mentorId();
                Integer at = mentorIndex.get(chosenMentor);
                if (at != null && pinsOn[at] < seats[at]) {
                    pinsOn[at]++;
                    pinned++;
                    problem.pin(i, at, Math.max(0, engine.scoreIfEligible(fit, mentors.get(at), w)));
                }
                continue;
            }
            for (int at : servingByMunicipality.get(referral.actingMunicipality())) {
                long score = engine.scoreIfEligible(fit, mentors.get(at), w);
                if (score >= 0) {
                    problem.pair(i, at, score);
                }
            }
        }
        long started = System.nanoTime();
        RoundSolution solution = solver.solve(problem);
        long solveMillis = (System.nanoTime() - started) / 1_000_000;
        MatchingRound round = MatchingRound.record(roundId, scope, loadCap, inRound.size(), mentors.size(),
                problem.pairs(), pinned, solution.assigned() - pinned, solution.totalScore(), solveMillis,
                caller.username(), now);
        rounds.persist(round);
        for (int i = 0; i < inRound.size(); i++) {
            Referral referral = inRound.get(i);
            int at = solution.mentorOf(i);
            if (at < 0 || !referral.status().openForProposals()) {
                continue;
            }
            Weights w = weights.get(referral.actingMunicipality());
            Fit fit = new Fit(referral.criteria(shortlist.excludedMentors(referral), eligibility.of(referral).kinds()));
            MentorProfile mentor = mentors.get(at);
            proposals.open(referral.id()).forEach(Proposal::superseded);
            referral.proposed(now);
            proposals.persist(Proposal.of(referral.id(), mentor.mentorId(), roundId, 1,
                    engine.scoreIfEligible(fit, mentor, w), engine.explain(fit, mentor, w), w.scope(), w.version(), now));
        }
        proposals.flush();
        return round;
    }

    private static int add(List<MentorProfile> mentors, MentorCandidate candidate) {
        mentors.add(candidate.profile());
        return mentors.size() - 1;
    }
}
