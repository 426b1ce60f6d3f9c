package dk.mentor.matching.application;

import dk.mentor.kit.access.Caller;
import dk.mentor.kit.api.Versions;
import dk.mentor.kit.problem.ProblemException;
import dk.mentor.matching.domain.ScoringWeights;
import dk.mentor.matching.domain.ranking.Criterion;
import dk.mentor.matching.domain.ranking.Weights;
import dk.mentor.matching.infra.persistence.ScoringWeightsRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;

/** A municipality's ranking weights: reading the version in force, and adding a new version. */
@ApplicationScoped
public class ManageWeights {

    @Inject
    ScoringWeightsRepository repository;

    @Inject
    WeightsInForce inForce;

    @Inject
    ReferralAccess access;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional
    public Weights current(String municipality) {
        access.requireActsFor(municipality, "scoring-weights", municipality, "read");
        return inForce.of(municipality);
    }

    /** The ETag is the version of the municipality's own weights (0 while it uses the defaults). */
    @Transactional
    public Weights change(String municipality, String ifMatch, Map<Criterion, Integer> points) {
        access.requireActsFor(municipality, "scoring-weights", municipality, "change");
        int current = repository.latest(municipality).map(ScoringWeights::version).orElse(0);
        Versions.requireMatch(ifMatch, current, "scoring weights", municipality);
        ScoringWeights next = ScoringWeights.next(municipality, current + 1, points, caller.username(), clock.instant());
        try {
            repository.persist(next);
            repository.flush();
        } catch (PersistenceException e) {
            throw ProblemException.staleWrite("scoring weights", municipality); // another change took this version
        }
        return next.weights();
    }

    /** The version clients send in If-Match for this municipality. */
    public static long etagVersion(Weights weights, String municipality) {
        return municipality.equals(weights.scope()) ? weights.version() : 0;
    }
}
