package dk.mentor.matching.infra.persistence;

import dk.mentor.matching.domain.MentorCandidate;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class MentorCandidateRepository implements PanacheRepositoryBase<MentorCandidate, UUID> {
}
