package dk.mentor.contracts.events.followup;

import static dk.mentor.contracts.events.Require.present;

import dk.mentor.contracts.codes.MunicipalityCode;
import dk.mentor.contracts.events.EventType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * The citizen's progression was rated. Scores only: the answers to the two follow-up questions stay
 * in followup-service. Topic {@code followup.plan.v1}, key and subject {@code planId}.
 *
 * @param planId             the plan
 * @param recordingId        the rating's id
 * @param actingMunicipality the kommunekode of the plan's owner
 * @param ratedOn            the day of the rating
 * @param labourMarketScore  "where are you relative to the labour market", 1 to 10
 * @param dimensions         scores 1 to 10 by dimension: MOTIVATION, PERSONAL_RESOURCES,
 *                           PROFESSIONAL_SKILLS, NETWORK, ECONOMY, HEALTH; those not rated are absent
 * @param recordedAt         when it was recorded
 */
public record ProgressionRecorded(UUID planId, UUID recordingId, String actingMunicipality, LocalDate ratedOn,
                                  int labourMarketScore, Map<String, Integer> dimensions, Instant recordedAt)
        implements PlanEvent {

    public static final EventType TYPE = new EventType("followup", "ProgressionRecorded", 1);

    public ProgressionRecorded {
        present(planId, "planId");
        present(recordingId, "recordingId");
        actingMunicipality = MunicipalityCode.of(actingMunicipality).code();
        present(ratedOn, "ratedOn");
        requireScore(labourMarketScore, "labourMarketScore");
        dimensions = Map.copyOf(present(dimensions, "dimensions"));
        dimensions.forEach((dimension, score) -> requireScore(score, dimension));
        present(recordedAt, "recordedAt");
    }

    private static void requireScore(int score, String name) {
        if (score < 1 || score > 10) {
            throw new IllegalArgumentException(name + " must be 1 to 10: " + score);
        }
    }
}
