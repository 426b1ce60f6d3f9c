package dk.mentor.followup.api;

import dk.mentor.followup.application.CitizenAccessLog;
import dk.mentor.followup.application.FindCitizen;
import dk.mentor.followup.domain.Citizen;
import dk.mentor.kit.reference.ExternalReference;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and responses about citizens. The CPR number only ever travels in a request body. */
final class CitizenDtos {

    private CitizenDtos() {
    }

    @Schema(name = "RegisterCitizenRequest", description = "A citizen to register, by CPR number or anonymously.")
    record RegisterCitizenRequest(
            @Schema(description = "CPR number, DDMMYY-SSSS or DDMMYYSSSS; numbers failing modulus 11 are accepted. Empty for an anonymous citizen.",
                    example = "0101901234") @Size(max = 11) String cpr,
            @Schema(description = "True for anonymous SEL § 99 outreach support, without a CPR number.", example = "false")
            boolean anonymous,
            @Schema(description = "What the contact person calls an anonymous citizen; required when anonymous.", example = "Ravnen")
            @Size(max = 100) String alias,
            @Schema(description = "Kommunekode of the acting municipality (handlekommune); one the caller acts for.", example = "0751")
            @NotBlank @Pattern(regexp = "[0-9]{4}") String actingMunicipality,
            @Schema(description = "The case system's own key for it; a second create with the same reference in the municipality answers 409 external-reference-taken.")
            @Valid ExternalReference externalReference) {
    }

    @Schema(name = "CitizenLookupRequest", description = "A look-up by CPR number, in the body so the number never enters a URL or log.")
    record LookupRequest(
            @Schema(description = "CPR number, DDMMYY-SSSS or DDMMYYSSSS.", example = "010190-1234") @NotNull @Size(max = 11)
            String cpr) {
    }

    @Schema(name = "Citizen", description = "A citizen, shown without the CPR number.")
    record CitizenResponse(
            @Schema(description = "The citizen's id, also the pseudonymous citizenRef in events.") UUID id,
            @Schema(description = "Whether the citizen is served anonymously (SEL § 99).", example = "false") boolean anonymous,
            @Schema(description = "The alias of an anonymous citizen.", example = "Ravnen") String alias,
            @Schema(description = "Whether a CPR number is on file (it is never shown).", example = "true") boolean identified,
            @Schema(description = "Kommunekode of the acting municipality.", example = "0751") String actingMunicipality,
            @Schema(description = "When the citizen was registered.") Instant registeredAt,
            @Schema(description = "The citizen's active plan, if any.") UUID activePlanId,
            @Schema(description = "The key of the case system that registered the citizen, if it gave one.")
            ExternalReference externalReference) {

        static CitizenResponse from(Citizen c, UUID activePlanId) {
            return new CitizenResponse(c.id(), c.anonymous(), c.alias(), !c.anonymous(), c.actingMunicipality(),
                    c.registeredAt(), activePlanId, ExternalReference.ofColumns(c.externalSystem(), c.externalId()));
        }

        static CitizenResponse from(FindCitizen.Found found) {
            return from(found.citizen(), found.activePlan().map(p -> p.id()).orElse(null));
        }
    }

    @Schema(name = "CitizenLookup", description = "One look-up in the citizen's data, without the name of who looked.")
    record LookupResponse(
            @Schema(description = "When it happened.") OffsetDateTime at,
            @Schema(description = "The municipality the looker acted for.", example = "0751") String municipality,
            @Schema(description = "What was done.", example = "read") String action,
            @Schema(description = "The purpose stated.", example = "weekly follow-up") String purpose) {

        static LookupResponse from(CitizenAccessLog.Lookup l) {
            return new LookupResponse(l.at(), l.municipality(), l.action(), l.purpose());
        }
    }
}
