package dk.mentor.catalog.api;

import dk.mentor.catalog.application.ManageOrganisations;
import dk.mentor.catalog.domain.Organisation;
import dk.mentor.catalog.domain.OrganisationAgreement;
import dk.mentor.kit.access.Roles;
import dk.mentor.kit.api.Page;
import dk.mentor.kit.api.PageParameters;
import dk.mentor.kit.time.DanishTime;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "organisations", description = "Mentor corps, companies, NGOs, suppliers and job centres, and their agreements")
public class OrganisationResource {

    @Inject
    ManageOrganisations organisations;

    @Inject
    Clock clock;

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "registerOrganisation", summary = "Register an organisation", description = "Owned by a municipality the caller acts for.")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(implementation = OrganisationDtos.OrganisationResponse.class)))
    public Response register(@Valid @NotNull OrganisationDtos.NewOrganisation request, @Context UriInfo uri) {
        MentorRequest.requireMunicipality("homeMunicipality", request.homeMunicipality());
        Organisation o = organisations.register(new ManageOrganisations.NewOrganisation(request.name().strip(), request.kind(),
                request.cvr(), request.homeMunicipality(), request.contactEmail(), request.contactPhone()));
        return Response.created(uri.getAbsolutePathBuilder().path(o.id().toString()).build())
                .entity(OrganisationDtos.OrganisationResponse.from(o)).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.CASEWORKER})
    @Operation(operationId = "getOrganisation", summary = "Get an organisation", description = "For the owning municipality and those it has agreements with.")
    @APIResponse(responseCode = "200", description = "The organisation",
            content = @Content(schema = @Schema(implementation = OrganisationDtos.OrganisationResponse.class)))
    public OrganisationDtos.OrganisationResponse get(@Parameter(description = "The organisation's id") @PathParam("id") UUID id) {
        return OrganisationDtos.OrganisationResponse.from(organisations.byId(id));
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.CASEWORKER})
    @Operation(operationId = "listOrganisations", summary = "List organisations", description = "Owned by or in agreement with the caller's municipalities, by name.")
    @APIResponse(responseCode = "200", description = "A page of organisations")
    public Page<OrganisationDtos.OrganisationResponse> list(@BeanParam PageParameters paging) {
        return organisations.visible(paging.request(), OrganisationDtos.OrganisationResponse::from);
    }

    @POST
    @Path("{id}/agreements")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "recordOrganisationAgreement", summary = "Record an agreement", description = "The organisation serves a municipality for a period;"
            + " that municipality may then see the organisation.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = OrganisationDtos.AgreementResponse.class)))
    public Response addAgreement(@PathParam("id") UUID id, @Valid @NotNull OrganisationDtos.NewAgreement request) {
        MentorRequest.requireMunicipality("municipality", request.municipality());
        OrganisationAgreement a = organisations.addAgreement(id, request.municipality(), request.validFrom(),
                request.validTo(), request.description().strip());
        return Response.status(Response.Status.CREATED).entity(OrganisationDtos.AgreementResponse.from(a, today())).build();
    }

    @GET
    @Path("{id}/agreements")
    @RolesAllowed({Roles.COORDINATOR, Roles.CASEWORKER})
    @Operation(operationId = "listOrganisationAgreements", summary = "List an organisation's agreements", description = "By start date, then id.")
    @APIResponse(responseCode = "200", description = "A page of agreements")
    public Page<OrganisationDtos.AgreementResponse> agreements(@PathParam("id") UUID id,
                                                               @BeanParam PageParameters paging) {
        LocalDate today = today();
        return Page.slice(organisations.agreementsOf(id), paging.request(),
                a -> OrganisationDtos.AgreementResponse.from(a, today));
    }

    private LocalDate today() {
        return DanishTime.today(clock);
    }
}
