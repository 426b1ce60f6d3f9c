package dk.mentor.contracts.events.followup;

import static dk.mentor.contracts.events.Require.present;

import dk.mentor.contracts.codes.MunicipalityCode;
import dk.mentor.contracts.events.EventPayload;
import dk.mentor.contracts.events.EventType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The receiving municipality accepted a plan when the citizen moved; ownership and access moved
 * with it. Topic {@code followup.plan.v1}, key and subject {@code planId}, municipality the receiver.
 *
 * @param planId           the plan
 * @param fromMunicipality the kommunekode of the sending municipality
 * @param toMunicipality   the kommunekode of the receiving municipality, the new owner
 * @param effectiveOn      the day the receiver took over
 * @param acceptedAt       when the receiver accepted
 */
public record PlanHandedOver(UUID planId, String fromMunicipality, String toMunicipality, LocalDate effectiveOn,
                             Instant acceptedAt) implements EventPayload {

    public static final EventType TYPE = new EventType("followup", "PlanHandedOver", 1);

    public PlanHandedOver {
        present(planId, "planId");
        fromMunicipality = MunicipalityCode.of(fromMunicipality).code();
        toMunicipality = MunicipalityCode.of(toMunicipality).code();
        if (fromMunicipality.equals(toMunicipality)) {
            throw new IllegalArgumentException("A hand-over needs two municipalities: " + fromMunicipality);
        }
        present(effectiveOn, "effectiveOn");
        present(acceptedAt, "acceptedAt");
    }

    @Override
    public String subject() {
        return planId.toString();
    }

    @Override
    public String municipality() {
        return toMunicipality;
    }
}
