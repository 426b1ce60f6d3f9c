package dk.mentor.matching.application;

import dk.mentor.matching.domain.ScoringWeights;
import dk.mentor.matching.domain.ranking.Weights;
import dk.mentor.matching.infra.persistence.ScoringWeightsRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The weights a municipality ranks with now: its own latest version, or the product's defaults. */
@ApplicationScoped
public class WeightsInForce {

    @Inject
    ScoringWeightsRepository weights;

    public Weights of(String municipality) {
        return weights.latest(municipality)
                .or(() -> weights.latest(ScoringWeights.DEFAULT_SCOPE))
                .map(ScoringWeights::weights)
                .orElseGet(Weights::defaults);
    }
}
