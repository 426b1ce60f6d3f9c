package dk.mentor.followup.api;

import static dk.mentor.followup.api.OpenApiComponents.PURPOSE_DOC;

import dk.mentor.followup.api.CitizenDtos.CitizenResponse;
import dk.mentor.followup.api.CitizenDtos.LookupRequest;
import dk.mentor.followup.api.CitizenDtos.LookupResponse;
import dk.mentor.followup.api.CitizenDtos.RegisterCitizenRequest;
import dk.mentor.followup.application.CitizenAccessLog;
import dk.mentor.followup.application.FindCitizen;
import dk.mentor.followup.application.Purposes;
import dk.mentor.followup.application.RegisterCitizen;
import dk.mentor.followup.domain.Citizen;
import dk.mentor.kit.idempotency.Idempotent;
import dk.mentor.kit.access.Roles;
import dk.mentor.kit.api.Page;
import dk.mentor.kit.api.PageParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import dk.mentor.kit.access.Caller;
import dk.mentor.kit.access.MunicipalityAccess;
import dk.mentor.kit.problem.Problem;
import dk.mentor.kit.reference.ExternalReferenceLookup;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/citizens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CASEWORKER, Roles.SOCIAL_WORKER, Roles.COORDINATOR, Roles.INTEGRATION})
@Tag(name = "citizens", description = "Citizens by encrypted CPR number, or anonymous (SEL § 99)")
public class CitizenResource {

    @Inject
    RegisterCitizen registerCitizen;
    @Inject
    FindCitizen findCitizen;
    @Inject
    CitizenAccessLog accessLog;
    @Inject
    Caller caller;
    @Inject
    MunicipalityAccess municipalityAccess;

    @POST
    @Idempotent
    @Operation(operationId = "registerCitizen", summary = "Register a citizen", description = "By CPR number (stored encrypted, found by a keyed hash) or anonymously under an alias.")
    @APIResponse(responseCode = "201", description = "Registered; Location names the citizen",
            content = @Content(schema = @Schema(implementation = CitizenResponse.class)))
    @APIResponse(responseCode = "409", description = "external-reference-taken: a citizen of the municipality already has"
            + " this external reference; existingId and the Location header name it",
            headers = @Header(name = HttpHeaders.LOCATION, description = "The citizen that has the reference",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(@Valid @NotNull RegisterCitizenRequest request, @Context UriInfo uri,
                             @Parameter(description = PURPOSE_DOC) @HeaderParam(Purposes.HEADER) String purpose) {
        Citizen citizen = registerCitizen.register(new RegisterCitizen.Command(request.cpr(), request.anonymous(),
                request.alias(), request.actingMunicipality(), request.externalReference()), Purposes.or(purpose, "registration"));
        return Response.created(uri.getAbsolutePathBuilder().path(citizen.id().toString()).build())
                .entity(CitizenResponse.from(citizen, null)).build();
    }

    @POST
    @Path("lookup")
    @Operation(operationId = "findCitizenByCpr", summary = "Find a citizen by CPR number", description = "A POST so the number stays out of URLs and access logs.")
    @APIResponse(responseCode = "200", description = "The citizen and their active plan",
            content = @Content(schema = @Schema(implementation = CitizenResponse.class)))
    public CitizenResponse lookup(@Valid @NotNull LookupRequest request,
                                  @Parameter(description = PURPOSE_DOC) @HeaderParam(Purposes.HEADER) String purpose) {
        return CitizenResponse.from(findCitizen.byCpr(request.cpr(), Purposes.or(purpose, "citizen look-up")));
    }

    @GET
    @Path("by-external-reference")
    @Operation(operationId = "findCitizenByExternalReference", summary = "Find a citizen by external reference",
            description = "The citizen a case system registered under its own key, within the caller's municipalities.")
    @APIResponse(responseCode = "200", description = "The citizen and their active plan",
            content = @Content(schema = @Schema(implementation = CitizenResponse.class)))
    public CitizenResponse byExternalReference(
            @Parameter(description = "The case system's code.", example = "sbsys", required = true) @QueryParam("system") @NotNull String system,
            @Parameter(description = "The case system's key.", example = "SAG-2026-004711", required = true) @QueryParam("id") @NotNull String externalId,
            @Parameter(description = ExternalReferenceLookup.MUNICIPALITY_DOC, example = "0751") @QueryParam("municipality") String municipality,
            @Parameter(description = PURPOSE_DOC) @HeaderParam(Purposes.HEADER) String purpose) {
        String why = Purposes.or(purpose, "case system sync");
        return CitizenResponse.from(findCitizen.byExternalReference(system, externalId,
                municipalityAccess.searchScope(municipality, "citizen", why), why));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getCitizen", summary = "Get a citizen")
    @APIResponse(responseCode = "200", description = "The citizen and their active plan",
            content = @Content(schema = @Schema(implementation = CitizenResponse.class)))
    public CitizenResponse get(@Parameter(description = "The citizen's id") @PathParam("id") UUID id,
                               @Parameter(description = PURPOSE_DOC) @HeaderParam(Purposes.HEADER) String purpose) {
        return CitizenResponse.from(findCitizen.byId(id, Purposes.or(purpose, "case work")));
    }

    @GET
    @Path("{id}/access-log")
    @Operation(operationId = "listCitizenAccessLog", summary = "List look-ups in a citizen's data",
            description = "For the citizen's right of access: dates, municipalities and purposes of every read and write, without staff names. Newest first.")
    @APIResponse(responseCode = "200", description = "A page of look-ups")
    public Page<LookupResponse> accessLog(@Parameter(description = "The citizen's id") @PathParam("id") UUID id,
                                          @BeanParam PageParameters paging,
                                          @Parameter(description = PURPOSE_DOC) @HeaderParam(Purposes.HEADER) String purpose) {
        return accessLog.of(id, paging.request(), Purposes.or(purpose, "citizen's request for access"),
                LookupResponse::from);
    }
}
