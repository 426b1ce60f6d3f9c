package dk.mentor.matching.infra.persistence;

import dk.mentor.matching.domain.Proposal;
import dk.mentor.matching.domain.ProposalStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class ProposalRepository implements PanacheRepositoryBase<Proposal, UUID> {

    public List<Proposal> ofReferral(UUID referralId) {
        return list("referralId", Sort.by("createdAt").and("rank").and("id"), referralId);
    }

    public List<Proposal> open(UUID referralId) {
        return list("referralId = :r and status = :s", Sort.by("rank").and("id"),
                Parameters.with("r", referralId).and("s", ProposalStatus.OPEN));
    }

    /** How many seats of the mentor other chosen proposals hold at this moment. */
    public long seatsHeldForOthers(UUID mentorId, UUID exceptProposalId, Instant now) {
        return count("mentorId = :m and id <> :p and status = :s and heldUntil > :now", Parameters.with("m", mentorId)
                .and("p", exceptProposalId).and("s", ProposalStatus.CHOSEN).and("now", now));
    }

    public Set<UUID> declinedMentors(UUID referralId) {
        return list("referralId = :r and status = :s", Parameters.with("r", referralId).and("s", ProposalStatus.DECLINED))
                .stream().map(Proposal::mentorId).collect(Collectors.toSet());
    }

    public List<Proposal> ofRound(UUID roundId, int offset, int size) {
        return find("roundId", Sort.descending("scoreMilli").and("id"), roundId).range(offset, offset + size - 1).list();
    }

    public long countOfRound(UUID roundId) {
        return count("roundId", roundId);
    }
}
