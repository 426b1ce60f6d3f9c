package dk.mentor.contracts.events.followup;

import static dk.mentor.contracts.events.Require.present;

import dk.mentor.contracts.codes.MunicipalityCode;
import dk.mentor.contracts.events.EventType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A citizen started a placement with a company (virksomhedspraktik, løntilskud or a virksomhedscenter place).
 * Topic {@code followup.plan.v1}, key and subject {@code planId}. No person is named: the company by its CVR
 * number, the company mentor by their catalogue id.
 *
 * @param planId             the plan
 * @param placementId        the placement
 * @param actingMunicipality the kommunekode of the plan's owner
 * @param companyId          the company in followup-service
 * @param cvr                the company's CVR number (8 digits)
 * @param kind               a {@code PlacementKind} name
 * @param startedOn          the first day at the company
 * @param plannedTo          the last day the agreement plans for
 * @param hoursPerWeek       the hours per week the agreement sets
 * @param companyMentorId    the company mentor in the catalogue, or null when the placement has none
 * @param recordedAt         when it was recorded
 */
public record PlacementStarted(UUID planId, UUID placementId, String actingMunicipality, UUID companyId, String cvr,
                               String kind, LocalDate startedOn, LocalDate plannedTo, BigDecimal hoursPerWeek,
                               UUID companyMentorId, Instant recordedAt) implements PlanEvent {

    public static final EventType TYPE = new EventType("followup", "PlacementStarted", 1);

    public PlacementStarted {
        present(planId, "planId");
        present(placementId, "placementId");
        actingMunicipality = MunicipalityCode.of(actingMunicipality).code();
        present(companyId, "companyId");
        present(cvr, "cvr");
        present(kind, "kind");
        present(startedOn, "startedOn");
        present(plannedTo, "plannedTo");
        present(hoursPerWeek, "hoursPerWeek");
        present(recordedAt, "recordedAt");
    }
}
