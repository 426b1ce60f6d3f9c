package dk.mentor.followup.api;

import dk.mentor.contracts.codes.PlacementKind;
import dk.mentor.contracts.codes.PlacementOutcome;
import dk.mentor.followup.application.Companies;
import dk.mentor.followup.domain.CompanyContact;
import dk.mentor.followup.domain.Placement;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

final class CompanyDtos {

    private CompanyDtos() {
    }

    @Schema(name = "RegisterCompanyRequest", description = "A company that hosts placements; a CVR number is registered once for the whole country.")
    record RegisterCompanyRequest(
            @Schema(description = "The CVR number, 8 digits.", example = "12345678") @NotBlank @Size(max = 20) String cvr,
            @Schema(description = "The company's name.", example = "Lager & Logistik A/S") @NotBlank @Size(max = 200) String name,
            @Schema(description = "The address of the workplace.", example = "Industrivej 12, 8200 Aarhus N") @NotBlank @Size(max = 400) String address,
            @Schema(description = "The industry.", example = "Lager og logistik") @Size(max = 200) String industry) {
    }

    @Schema(name = "CompanyContactRequest", description = "A contact person at the company: the manager or the daily coordinator (tovholder).")
    record ContactRequest(
            @Schema(description = "The person's name.", example = "Bente Vinther") @NotBlank @Size(max = 200) String name,
            @Schema(description = "The person's title.", example = "Lagerchef") @Size(max = 200) String title,
            @Schema(description = "Phone number.", example = "+45 87 65 43 21") @Size(max = 50) String phone,
            @Schema(description = "E-mail address.", example = "bv@lagerlogistik.example") @Size(max = 200) String email) {
    }

    @Schema(name = "CompanyContact", description = "A contact person at a company.")
    record ContactResponse(
            @Schema(description = "The contact person's id.") UUID id,
            @Schema(description = "The person's name.", example = "Bente Vinther") String name,
            @Schema(description = "The person's title.", example = "Lagerchef") String title,
            @Schema(description = "Phone number.", example = "+45 87 65 43 21") String phone,
            @Schema(description = "E-mail address.", example = "bv@lagerlogistik.example") String email) {

        static ContactResponse from(CompanyContact c) {
            return new ContactResponse(c.id(), c.name(), c.title(), c.phone(), c.email());
        }
    }

    @Schema(name = "Company", description = "A company that hosts placements, with its contact persons.")
    record CompanyResponse(
            @Schema(description = "The company's id.") UUID id,
            @Schema(description = "The CVR number.", example = "12345678") String cvr,
            @Schema(description = "The name.", example = "Lager & Logistik A/S") String name,
            @Schema(description = "The address.", example = "Industrivej 12, 8200 Aarhus N") String address,
            @Schema(description = "The industry.", example = "Lager og logistik") String industry,
            @Schema(description = "The contact persons, oldest first.") List<ContactResponse> contacts,
            @Schema(description = "When it was registered.") Instant createdAt) {

        static CompanyResponse from(Companies.View v) {
            return new CompanyResponse(v.company().id(), v.company().cvr(), v.company().name(), v.company().address(),
                    v.company().industry(), v.contacts().stream().map(ContactResponse::from).toList(), v.company().createdAt());
        }
    }

    @Schema(name = "CompanyPlacement", description = "A placement at the company, as the company consultant's list shows it.")
    record CompanyPlacementResponse(
            @Schema(description = "The placement's id.") UUID id,
            @Schema(description = "The plan it is on.") UUID planId,
            @Schema(description = "The kind of placement.", example = "VIRKSOMHEDSPRAKTIK") PlacementKind kind,
            @Schema(ref = OpenApiComponents.PLACEMENT_STATUS, description = "The status.", example = "ENDED") Placement.Status status,
            @Schema(description = "Planned first day.", example = "2026-11-02") LocalDate plannedFrom,
            @Schema(description = "Planned last day.", example = "2027-01-29") LocalDate plannedTo,
            @Schema(description = "First day at the company.", example = "2026-11-02") LocalDate startedOn,
            @Schema(description = "Last day at the company.", example = "2027-01-29") LocalDate endedOn,
            @Schema(description = "How it ended.", example = "JOB_AT_COMPANY") PlacementOutcome outcome,
            @Schema(description = "The summing-up of what made it work or fail.", example = "Fast fremmøde; ansat på ordinære vilkår") String summary) {

        static CompanyPlacementResponse from(Placement p) {
            return new CompanyPlacementResponse(p.id(), p.planId(), p.kind(), p.status(), p.plannedFrom(), p.plannedTo(),
                    p.startedOn(), p.endedOn(), p.outcome(), p.summary());
        }
    }
}
