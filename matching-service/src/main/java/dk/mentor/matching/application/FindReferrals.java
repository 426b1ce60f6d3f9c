package dk.mentor.matching.application;

import dk.mentor.kit.access.Caller;
import dk.mentor.kit.api.Page;
import dk.mentor.kit.api.PageRequest;
import dk.mentor.matching.domain.Proposal;
import dk.mentor.matching.domain.Referral;
import dk.mentor.matching.domain.ReferralStatus;
import dk.mentor.matching.infra.persistence.MentorCandidateRepository;
import dk.mentor.matching.infra.persistence.ProposalRepository;
import dk.mentor.matching.infra.persistence.ReferralRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

@ApplicationScoped
public class FindReferrals {

    @Inject
    ReferralRepository referrals;

    @Inject
    ProposalRepository proposals;

    @Inject
    ReferralAccess access;

    @Inject
    MentorCandidateRepository candidates;

    @Inject
    Caller caller;

    @Transactional
    public Referral byId(UUID id) {
        return access.load(id, "read");
    }

    /** The referral's proposals in the order they were made, each with its explanation and the mentor. */
    @Transactional
    public List<ProposalView> proposals(UUID id) {
        access.load(id, "read");
        List<Proposal> made = proposals.ofReferral(id);
        return made.stream().map(p -> new ProposalView(p, candidates.findById(p.mentorId()))).toList();
    }

    /** Referrals of the caller's municipalities (or the one asked for, if the caller acts for it). */
    @Transactional
    public <T> Page<T> page(String municipality, ReferralStatus status, PageRequest page, Function<Referral, T> mapper) {
        Set<String> scope = municipality == null ? caller.municipalities()
                : caller.actsFor(municipality) ? Set.of(municipality) : Set.of();
        if (scope.isEmpty()) {
            return new Page<>(List.of(), page.page(), page.size(), 0);
        }
        return Page.of(referrals.page(scope, status, page.offset(), page.size()), page,
                referrals.total(scope, status), mapper);
    }
}
