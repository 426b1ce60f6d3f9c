package dk.mentor.followup.domain;

import static dk.mentor.followup.domain.Fixtures.CASEWORKER;
import static dk.mentor.followup.domain.Fixtures.NOW;
import static dk.mentor.followup.domain.Fixtures.fields;
import static dk.mentor.followup.domain.Fixtures.messages;
import static dk.mentor.followup.domain.Fixtures.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A progression rating: the labour-market score and the dimension scores, each from 1 to 10. */
class ProgressionTest {

    private static final LocalDate RATED = LocalDate.of(2026, 12, 1);

    private final UUID planId = UUID.randomUUID();

    @ParameterizedTest
    @ValueSource(ints = {1, 10})
    void shouldAcceptTheEndsOfTheScale(int score) {
        Progression p = rate(score, Map.of(Dimension.MOTIVATION, score));

        assertEquals(score, p.labourMarketScore());
        assertEquals(Map.of(Dimension.MOTIVATION, score), p.dimensions());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 11})
    void shouldRefuseALabourMarketScoreOffTheScale(int score) {
        PlanRuleException refusal = refused(() -> rate(score, Map.of()));

        assertEquals("Scores run from 1 to 10", refusal.getMessage());
        assertEquals(List.of("labourMarketScore"), fields(refusal));
        assertEquals(List.of("must be 1 to 10"), messages(refusal));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 11})
    void shouldRefuseADimensionScoreOffTheScaleNamingTheDimension(int score) {
        PlanRuleException refusal = refused(() -> rate(5, Map.of(Dimension.HEALTH, score)));

        assertEquals(List.of("dimensions.HEALTH"), fields(refusal));
    }

    @Test
    void shouldRefuseADimensionNamedWithoutAScore() {
        Map<Dimension, Integer> dimensions = new HashMap<>();
        dimensions.put(Dimension.NETWORK, null);

        assertEquals(List.of("dimensions.NETWORK"), fields(refused(() -> rate(5, dimensions))));
    }

    @Test
    void shouldReportEveryScoreOffTheScaleAtOnce() {
        PlanRuleException refusal = refused(() -> rate(0, Map.of(Dimension.ECONOMY, 12)));

        assertEquals(List.of("labourMarketScore", "dimensions.ECONOMY"), fields(refusal));
    }

    @Test
    void shouldGiveBackOnlyTheDimensionsRatedInTheirFixedOrder() {
        Progression p = rate(5, Map.of(Dimension.HEALTH, 5, Dimension.MOTIVATION, 7, Dimension.ECONOMY, 2));

        assertEquals(List.of(Dimension.MOTIVATION, Dimension.ECONOMY, Dimension.HEALTH), List.copyOf(p.dimensions().keySet()));
        assertEquals(List.of(7, 2, 5), List.copyOf(p.dimensions().values()));
    }

    @Test
    void shouldKeepEverySixDimensions() {
        Map<Dimension, Integer> all = new HashMap<>();
        for (Dimension d : Dimension.values()) {
            all.put(d, d.ordinal() + 1);
        }

        assertEquals(all, rate(5, all).dimensions());
    }

    @Test
    void shouldKeepTheAnswersToTheTwoFollowUpQuestions() {
        Progression p = rate(4, Map.of());

        assertEquals("A driving licence", p.nextStep());
        assertEquals("Practise the theory test", p.mentorSupport());
        assertEquals(RATED, p.ratedOn());
        assertEquals(planId, p.planId());
        assertEquals(CASEWORKER, p.recordedBy());
        assertEquals(NOW, p.recordedAt());
    }

    private Progression rate(int score, Map<Dimension, Integer> dimensions) {
        return Progression.rate(planId, RATED, score, "A driving licence", "Practise the theory test", dimensions,
                CASEWORKER, NOW);
    }
}
