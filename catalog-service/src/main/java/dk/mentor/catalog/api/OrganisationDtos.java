package dk.mentor.catalog.api;

import dk.mentor.catalog.domain.Organisation;
import dk.mentor.catalog.domain.OrganisationAgreement;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of mentor organisations and their agreements. */
final class OrganisationDtos {

    private OrganisationDtos() {
    }

    @Schema(name = "OrganisationRequest", description = "A mentor organisation, owned by the registering municipality.")
    record NewOrganisation(
            @Schema(description = "Name.", example = "Mentorkorps Aarhus") @NotBlank @Size(max = 200) String name,
            @Schema(ref = OpenApiComponents.ORGANISATION_KIND, required = true, description = "Kind of organisation.",
                    example = "MENTOR_CORPS") @NotNull Organisation.Kind kind,
            @Schema(description = "CVR number (8 digits), for companies and suppliers.", example = "12345678")
            @Pattern(regexp = "[0-9]{8}", message = "must be an eight-digit CVR number") String cvr,
            @Schema(description = "Kommunekode of the owning municipality; the caller must act for it.", example = "0751")
            @NotNull @Pattern(regexp = "[0-9]{4}", message = "must be a four-digit municipality code") String homeMunicipality,
            @Schema(description = "Contact e-mail.", example = "kontakt@mentorkorps.dk") @Email @Size(max = 200) String contactEmail,
            @Schema(description = "Contact phone.", example = "+45 86 00 00 00")
            @Pattern(regexp = "[+0-9 ()-]{6,30}", message = "must be a phone number") String contactPhone) {
    }

    @Schema(name = "Organisation", description = "A mentor organisation: corps, company, NGO, supplier or job centre.")
    record OrganisationResponse(
            @Schema(description = "Id.", example = "6b1f0e1c-9c0a-4d2e-8f51-0a7c1b2d3e4f") UUID id,
            @Schema(description = "Name.", example = "Mentorkorps Aarhus") String name,
            @Schema(ref = OpenApiComponents.ORGANISATION_KIND, description = "Kind.", example = "MENTOR_CORPS")
            Organisation.Kind kind,
            @Schema(description = "CVR number.", example = "12345678") String cvr,
            @Schema(description = "Owning municipality.", example = "0751") String homeMunicipality,
            @Schema(description = "Contact e-mail.", example = "kontakt@mentorkorps.dk") String contactEmail,
            @Schema(description = "Contact phone.", example = "+45 86 00 00 00") String contactPhone,
            @Schema(description = "When registered.", example = "2026-11-23T10:00:00Z") Instant registeredAt) {

        static OrganisationResponse from(Organisation o) {
            return new OrganisationResponse(o.id(), o.name(), o.kind(), o.cvr(), o.homeMunicipality(), o.contactEmail(),
                    o.contactPhone(), o.registeredAt());
        }
    }

    @Schema(name = "AgreementRequest", description = "An agreement to serve a municipality for a period.")
    record NewAgreement(
            @Schema(description = "Kommunekode of the municipality served.", example = "0101")
            @NotNull @Pattern(regexp = "[0-9]{4}", message = "must be a four-digit municipality code") String municipality,
            @Schema(description = "First day.", example = "2026-01-01") @NotNull LocalDate validFrom,
            @Schema(description = "Last day; absent while open-ended.", example = "2026-12-31") LocalDate validTo,
            @Schema(description = "What is agreed.", example = "Up to 20 volunteer mentors for young unemployed")
            @NotBlank @Size(max = 1000) String description) {
    }

    @Schema(name = "Agreement", description = "An organisation's agreement with a municipality.")
    record AgreementResponse(
            @Schema(description = "Id.", example = "0e4b7c2a-1d3f-4a5b-9c6d-7e8f9a0b1c2d") UUID id,
            @Schema(description = "The organisation.", example = "6b1f0e1c-9c0a-4d2e-8f51-0a7c1b2d3e4f") UUID organisationId,
            @Schema(description = "Municipality served.", example = "0101") String municipality,
            @Schema(description = "First day.", example = "2026-01-01") LocalDate validFrom,
            @Schema(description = "Last day, if any.", example = "2026-12-31") LocalDate validTo,
            @Schema(description = "What is agreed.", example = "Up to 20 volunteer mentors") String description,
            @Schema(description = "Whether it is in force today.", example = "true") boolean inForce) {

        static AgreementResponse from(OrganisationAgreement a, LocalDate today) {
            return new AgreementResponse(a.id(), a.organisationId(), a.municipality(), a.validFrom(), a.validTo(),
                    a.description(), a.inForceOn(today));
        }
    }
}
