package dk.mentor.contracts.events.followup;

import static dk.mentor.contracts.events.Require.distinct;
import static dk.mentor.contracts.events.Require.present;

import dk.mentor.contracts.codes.MunicipalityCode;
import dk.mentor.contracts.events.EventType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A citizen's one shared plan was opened. The citizen is named only by {@code citizenRef}, a random
 * id that followup-service alone can link to a person. Topic {@code followup.plan.v1}, key and
 * subject {@code planId}.
 *
 * @param planId             the plan
 * @param citizenRef         the citizen's pseudonymous id in followup-service (never the CPR number)
 * @param actingMunicipality the kommunekode of the acting municipality, which owns the plan
 * @param targetGroups       TARGET_GROUP codes (catalog's code list) that describe the citizen's situation
 * @param openedOn           the day the plan took effect
 * @param openedAt           when it was recorded
 * @param citizenAnonymous   whether the citizen is known only anonymously (Serviceloven § 99), so the plan may
 *                           take only § 99 support
 */
public record PlanOpened(UUID planId, UUID citizenRef, String actingMunicipality, List<String> targetGroups,
                         LocalDate openedOn, Instant openedAt, boolean citizenAnonymous) implements PlanEvent {

    public static final EventType TYPE = new EventType("followup", "PlanOpened", 1);

    public PlanOpened {
        present(planId, "planId");
        present(citizenRef, "citizenRef");
        actingMunicipality = MunicipalityCode.of(actingMunicipality).code();
        targetGroups = distinct(targetGroups, "targetGroups");
        present(openedOn, "openedOn");
        present(openedAt, "openedAt");
    }
}
