package dk.mentor.matching.infra.persistence;

import dk.mentor.matching.domain.MatchingRound;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class MatchingRoundRepository implements PanacheRepositoryBase<MatchingRound, UUID> {
}
