package dk.mentor.contracts.events.followup;

import static dk.mentor.contracts.events.Require.present;

import dk.mentor.contracts.codes.MunicipalityCode;
import dk.mentor.contracts.events.EventType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A placement ended with its outcome; a drop-out hands the case back to the caseworker. Topic
 * {@code followup.plan.v1}, key and subject {@code planId}. The summing-up text is never in the event.
 *
 * @param planId             the plan
 * @param placementId        the placement
 * @param actingMunicipality the kommunekode of the plan's owner
 * @param companyId          the company in followup-service
 * @param cvr                the company's CVR number (8 digits)
 * @param kind               a {@code PlacementKind} name
 * @param status             ENDED or DROPPED_OUT
 * @param outcome            a {@code PlacementOutcome} name
 * @param startedOn          the first day at the company
 * @param endedOn            the last day at the company
 * @param recordedAt         when it was recorded
 */
public record PlacementEnded(UUID planId, UUID placementId, String actingMunicipality, UUID companyId, String cvr,
                             String kind, String status, String outcome, LocalDate startedOn, LocalDate endedOn,
                             Instant recordedAt) implements PlanEvent {

    public static final EventType TYPE = new EventType("followup", "PlacementEnded", 1);

    public PlacementEnded {
        present(planId, "planId");
        present(placementId, "placementId");
        actingMunicipality = MunicipalityCode.of(actingMunicipality).code();
        present(companyId, "companyId");
        present(cvr, "cvr");
        present(kind, "kind");
        present(status, "status");
        present(outcome, "outcome");
        present(startedOn, "startedOn");
        present(endedOn, "endedOn");
        present(recordedAt, "recordedAt");
    }
}
