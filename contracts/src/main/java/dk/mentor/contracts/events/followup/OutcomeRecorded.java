package dk.mentor.contracts.events.followup;

import static dk.mentor.contracts.events.Require.present;

import dk.mentor.contracts.codes.MunicipalityCode;
import dk.mentor.contracts.events.EventType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A plan was closed with a coded outcome; aftercare may follow for up to 12 months. Topic
 * {@code followup.plan.v1}, key and subject {@code planId}.
 *
 * @param planId             the plan
 * @param actingMunicipality the kommunekode of the plan's owner
 * @param outcome            a {@code ClosureOutcome} name
 * @param closedOn           the day the plan closed
 * @param aftercareUntil     the last day of aftercare, or null when there is none
 * @param recordedAt         when it was recorded
 */
public record OutcomeRecorded(UUID planId, String actingMunicipality, String outcome, LocalDate closedOn,
                              LocalDate aftercareUntil, Instant recordedAt) implements PlanEvent {

    public static final EventType TYPE = new EventType("followup", "OutcomeRecorded", 1);

    public OutcomeRecorded {
        present(planId, "planId");
        actingMunicipality = MunicipalityCode.of(actingMunicipality).code();
        present(outcome, "outcome");
        present(closedOn, "closedOn");
        present(recordedAt, "recordedAt");
    }
}
