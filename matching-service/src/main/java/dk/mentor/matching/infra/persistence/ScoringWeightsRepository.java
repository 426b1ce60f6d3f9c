package dk.mentor.matching.infra.persistence;

import dk.mentor.matching.domain.ScoringWeights;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class ScoringWeightsRepository implements PanacheRepositoryBase<ScoringWeights, ScoringWeights.Key> {

    public Optional<ScoringWeights> latest(String scope) {
        return find("scope", Sort.descending("version"), scope).firstResultOptional();
    }
}
