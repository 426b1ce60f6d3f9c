package dk.mentor.followup.api;

import dk.mentor.followup.api.CompanyDtos.CompanyPlacementResponse;
import dk.mentor.followup.api.CompanyDtos.CompanyResponse;
import dk.mentor.followup.api.CompanyDtos.ContactRequest;
import dk.mentor.followup.api.CompanyDtos.ContactResponse;
import dk.mentor.followup.api.CompanyDtos.RegisterCompanyRequest;
import dk.mentor.followup.application.Companies;
import dk.mentor.followup.domain.CompanyContact;
import dk.mentor.kit.access.Roles;
import dk.mentor.kit.api.Page;
import dk.mentor.kit.api.PageParameters;
import dk.mentor.kit.idempotency.Idempotent;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The companies that host placements, for the job centre's staff of every municipality (a CVR number is
 * national); a company's placements are listed only for the caller's own municipalities.
 */
@Path("/api/v1/companies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CASEWORKER, Roles.COORDINATOR, Roles.INTEGRATION})
@Tag(name = "placements", description = "Companies, placements with them, their agreements and follow-ups, and hand-overs inside the municipality")
public class CompanyResource {

    @Inject
    Companies companies;

    @POST
    @Idempotent
    @Operation(operationId = "registerCompany", summary = "Register a company",
            description = "By CVR number (8 digits), once for the whole country; a CVR number already registered answers 409.")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(schema = @Schema(implementation = CompanyResponse.class)))
    public Response register(@Valid @NotNull RegisterCompanyRequest r, @Context UriInfo uri) {
        Companies.View v = companies.register(new Companies.Registration(r.cvr(), r.name(), r.address(), r.industry()));
        return Response.created(uri.getAbsolutePathBuilder().path(v.company().id().toString()).build())
                .entity(CompanyResponse.from(v)).build();
    }

    @GET
    @Operation(operationId = "listCompanies", summary = "List companies", description = "By name; with cvr, the one company with that CVR number.")
    @APIResponse(responseCode = "200", description = "A page of companies")
    public Page<CompanyResponse> list(@Parameter(description = "A CVR number, 8 digits", example = "12345678") @QueryParam("cvr") String cvr,
                                      @BeanParam PageParameters paging) {
        return companies.list(cvr, paging.request(), CompanyResponse::from);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCompany", summary = "Get a company", description = "With its contact persons.")
    @APIResponse(responseCode = "200", description = "The company")
    public CompanyResponse get(@Parameter(description = "The company's id") @PathParam("id") UUID id) {
        return CompanyResponse.from(companies.byId(id));
    }

    @POST
    @Path("/{id}/contacts")
    @Idempotent
    @Operation(operationId = "addCompanyContact", summary = "Add a contact person", description = "The manager or the daily coordinator (tovholder) the job centre calls.")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = ContactResponse.class)))
    public Response addContact(@Parameter(description = "The company's id") @PathParam("id") UUID id,
                               @Valid @NotNull ContactRequest r, @Context UriInfo uri) {
        CompanyContact c = companies.addContact(id, new Companies.Contact(r.name(), r.title(), r.phone(), r.email()));
        return Response.created(uri.getAbsolutePathBuilder().path(c.id().toString()).build())
                .entity(ContactResponse.from(c)).build();
    }

    @GET
    @Path("/{id}/placements")
    @Operation(operationId = "listCompanyPlacements", summary = "List the company's placements",
            description = "The company consultant's list: the placements at the company on plans the caller's municipalities own, with their outcomes, by planned start.")
    @APIResponse(responseCode = "200", description = "A page of placements")
    public Page<CompanyPlacementResponse> placements(@Parameter(description = "The company's id") @PathParam("id") UUID id,
                                                     @BeanParam PageParameters paging) {
        return companies.placements(id, paging.request(), CompanyPlacementResponse::from);
    }
}
