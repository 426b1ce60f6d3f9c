package dk.mentor.matching.application;

import dk.mentor.kit.access.MunicipalityAccess;
import dk.mentor.kit.access.ResourceScope;
import dk.mentor.kit.problem.ProblemException;
import dk.mentor.matching.domain.MentorCandidate;
import dk.mentor.matching.infra.persistence.MentorCandidateRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;

@ApplicationScoped
public class FindCandidates {

    @Inject
    MentorCandidateRepository candidates;

    @Inject
    MunicipalityAccess access;

    @Transactional
    public MentorCandidate byMentorId(UUID mentorId) {
        MentorCandidate candidate = candidates.findByIdOptional(mentorId)
                .orElseThrow(() -> ProblemException.notFound("mentor candidate", mentorId));
        access.require(ResourceScope.ownedBy("mentor", mentorId, candidate.homeMunicipality()), "read", "matching");
        return candidate;
    }
}
