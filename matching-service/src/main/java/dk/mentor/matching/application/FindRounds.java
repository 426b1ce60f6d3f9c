package dk.mentor.matching.application;

import dk.mentor.kit.access.Caller;
import dk.mentor.kit.api.CappedCount;
import dk.mentor.kit.api.Page;
import dk.mentor.kit.api.PageRequest;
import dk.mentor.kit.problem.ProblemException;
import dk.mentor.matching.domain.MatchingRound;
import dk.mentor.matching.infra.persistence.MatchingRoundRepository;
import dk.mentor.matching.infra.persistence.MentorCandidateRepository;
import dk.mentor.matching.infra.persistence.ProposalRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A round and its proposals, for the coordinator who must act for every municipality of the round.
 * Without a transaction, as every Find class: under read committed one added no consistency, only
 * a commit's round trip (docs/architecture.md, "Resource → use case").
 */
@ApplicationScoped
public class FindRounds {

    @Inject
    MatchingRoundRepository rounds;
    @Inject
    ProposalRepository proposals;
    @Inject
    MentorCandidateRepository candidates;
    @Inject
    ReferralAccess access;
    @Inject
    Caller caller;

    /** How far the list of rounds is counted (the kit's paging setting). */
    @ConfigProperty(name = "mentor.paging.count-cap")
    int countCap;

    /** The rounds over the caller's municipalities only (each one all of whose municipalities the caller acts for), newest first. */
    public <T> Page<T> recent(PageRequest page, Function<MatchingRound, T> mapper) {
        Set<String> municipalities = caller.municipalities();
        if (municipalities.isEmpty()) {
            return Page.slice(List.of(), page, mapper);
        }
        return Page.of(rounds.coveredBy(municipalities, page.offset(), page.size()), page,
                rounds.countCoveredBy(municipalities, CappedCount.limit(page, countCap)), mapper);
    }

    public MatchingRound byId(UUID id) {
        MatchingRound round = rounds.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("matching round", id));
        round.municipalities().forEach(m -> access.requireActsFor(m, "matching-round", id, "read"));
        return round;
    }

    public <T> Page<T> proposals(UUID id, PageRequest page, Function<ProposalView, T> mapper) {
        byId(id);
        return Page.of(proposals.ofRound(id, page.offset(), page.size()), page, proposals.countOfRound(id),
                p -> mapper.apply(new ProposalView(p, candidates.findById(p.mentorId()))));
    }
}
