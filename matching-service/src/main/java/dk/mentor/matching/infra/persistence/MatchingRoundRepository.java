package dk.mentor.matching.infra.persistence;

import dk.mentor.kit.api.CappedCount;
import dk.mentor.kit.api.CappedCounts;
import dk.mentor.kit.persistence.NativeQueries;
import dk.mentor.matching.domain.MatchingRound;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class MatchingRoundRepository implements PanacheRepositoryBase<MatchingRound, UUID> {

    /** Rounds whose every municipality is one of these: those a coordinator acting for them may read. */
    private static final String COVERED = "from matching_round r where r.municipalities <@ string_to_array(:municipalities, ',')";

    /** Newest first, a page of them. */
    @SuppressWarnings("unchecked")
    public List<MatchingRound> coveredBy(Collection<String> municipalities, int offset, int size) {
        return NativeQueries.entities(getEntityManager(), "select r.* " + COVERED
                        + " order by r.started_at desc, r.id desc limit :size offset :offset", MatchingRound.class)
                .setParameter("municipalities", String.join(",", municipalities))
                .setParameter("size", size).setParameter("offset", offset).getResultList();
    }

    /** Those rounds counted up to {@code limit} (see {@link CappedCount}). */
    public CappedCount countCoveredBy(Collection<String> municipalities, long limit) {
        return CappedCounts.sql(getEntityManager(), COVERED, Map.of("municipalities", String.join(",", municipalities)),
                limit);
    }
}
