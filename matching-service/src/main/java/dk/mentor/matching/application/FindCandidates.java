package dk.mentor.matching.application;

import dk.mentor.contracts.codes.MunicipalityCode;
import dk.mentor.kit.access.MunicipalityAccess;
import dk.mentor.kit.access.ResourceScope;
import dk.mentor.kit.problem.ProblemException;
import dk.mentor.matching.domain.MentorCandidate;
import dk.mentor.matching.infra.persistence.MentorCandidateRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One mentor as matching holds it (its copy of the catalogue), read as the mentor is: audited.
 * Without a transaction, as every Find class: under read committed one added no consistency, only
 * a commit's round trip (docs/architecture.md, "Resource → use case").
 */
@ApplicationScoped
public class FindCandidates {

    @Inject
    MentorCandidateRepository candidates;

    @Inject
    MunicipalityAccess access;

    public MentorCandidate byMentorId(UUID mentorId) {
        MentorCandidate candidate = candidates.findByIdOptional(mentorId)
                .orElseThrow(() -> ProblemException.notFound("mentor candidate", mentorId));
        access.require(ResourceScope.ownedBy("mentor", mentorId, candidate.homeMunicipality())
                .sharedWith(sharedWith(candidate)), "read", "matching");
        return candidate;
    }

    /** A shared mentor is visible where matching may propose them. */
    private static Set<String> sharedWith(MentorCandidate candidate) {
        return switch (candidate.sharingScope()) {
            case "NATIONAL" -> MunicipalityCode.all().stream().map(MunicipalityCode::code).collect(Collectors.toSet());
            case "LISTED_MUNICIPALITIES" -> Set.copyOf(candidate.sharedWith());
            default -> Set.of();
        };
    }
}
