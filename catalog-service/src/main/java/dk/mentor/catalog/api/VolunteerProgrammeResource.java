package dk.mentor.catalog.api;

import dk.mentor.catalog.application.ManageVolunteerProgrammes;
import dk.mentor.catalog.application.ProgrammePipeline;
import dk.mentor.catalog.domain.ProgrammeEntry;
import dk.mentor.catalog.domain.ProgrammeSide;
import dk.mentor.catalog.domain.VolunteerProgramme;
import dk.mentor.kit.access.Roles;
import dk.mentor.kit.idempotency.Idempotent;
import dk.mentor.kit.api.Page;
import dk.mentor.kit.api.PageParameters;
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

@Path("/api/v1/volunteer-programmes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "volunteer-programmes", description = "A mentor corps' volunteer programme: targets, volunteers and mentees from"
        + " inquiry to match, drop-outs (seed 004)")
public class VolunteerProgrammeResource {

    @Inject
    ManageVolunteerProgrammes programmes;

    @Inject
    ProgrammePipeline pipeline;

    @POST
    @Idempotent
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "createVolunteerProgramme", summary = "Start a volunteer programme",
            description = "For a mentor corps of a municipality the caller acts for; it serves the corps' agreement municipalities.")
    @APIResponse(responseCode = "201", description = "Started",
            content = @Content(schema = @Schema(implementation = VolunteerProgrammeDtos.ProgrammeResponse.class)))
    public Response create(@Valid @NotNull VolunteerProgrammeDtos.NewProgramme request, @Context UriInfo uri) {
        VolunteerProgramme p = programmes.start(request.toProgramme());
        return Response.created(uri.getAbsolutePathBuilder().path(p.id().toString()).build())
                .entity(VolunteerProgrammeDtos.ProgrammeResponse.from(p)).build();
    }

    @GET
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "listVolunteerProgrammes", summary = "List volunteer programmes",
            description = "Of the corps the caller's municipalities own or have an agreement with, newest period first.")
    @APIResponse(responseCode = "200", description = "A page of programmes")
    public Page<VolunteerProgrammeDtos.ProgrammeResponse> list(@BeanParam PageParameters paging) {
        return Page.slice(programmes.visible(), paging.request(), VolunteerProgrammeDtos.ProgrammeResponse::from);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "getVolunteerProgramme", summary = "Get a volunteer programme")
    @APIResponse(responseCode = "200", description = "The programme",
            content = @Content(schema = @Schema(implementation = VolunteerProgrammeDtos.ProgrammeResponse.class)))
    public VolunteerProgrammeDtos.ProgrammeResponse get(@Parameter(description = "The programme's id") @PathParam("id") UUID id) {
        return VolunteerProgrammeDtos.ProgrammeResponse.from(programmes.byId(id));
    }

    @POST
    @Idempotent
    @Path("{id}/entries")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "registerProgrammeEntry", summary = "Register a volunteer's or a mentee's inquiry",
            description = "In a municipality the corps serves and the caller acts for. A mentee is pseudonymous: no name,"
                    + " no CPR number.")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(implementation = VolunteerProgrammeDtos.EntryResponse.class)))
    public Response register(@Parameter(description = "The programme's id") @PathParam("id") UUID id,
                             @Valid @NotNull VolunteerProgrammeDtos.NewEntry request, @Context UriInfo uri) {
        ProgrammeEntry e = programmes.register(id, request.toEntry());
        return Response.created(uri.getAbsolutePathBuilder().path(e.id().toString()).build())
                .entity(VolunteerProgrammeDtos.EntryResponse.from(e)).build();
    }

    @GET
    @Path("{id}/entries")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "listProgrammeEntries", summary = "List the programme's entries",
            description = "Of the caller's municipalities only, newest inquiry first.")
    @APIResponse(responseCode = "200", description = "A page of entries")
    public Page<VolunteerProgrammeDtos.EntryResponse> entries(
            @Parameter(description = "The programme's id") @PathParam("id") UUID id,
            @Parameter(description = "Only this side", example = "MENTEE") @QueryParam("side") ProgrammeSide side,
            @Parameter(description = "Only this municipality (one the caller acts for)", example = "0751")
            @QueryParam("municipality") String municipality,
            @BeanParam PageParameters paging) {
        if (municipality != null) {
            MentorRequest.requireMunicipality("municipality", municipality);
        }
        return Page.slice(programmes.entries(id, side, municipality), paging.request(), VolunteerProgrammeDtos.EntryResponse::from);
    }

    @GET
    @Path("{id}/entries/{entryId}")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "getProgrammeEntry", summary = "Get an entry")
    @APIResponse(responseCode = "200", description = "The entry",
            content = @Content(schema = @Schema(implementation = VolunteerProgrammeDtos.EntryResponse.class)))
    public VolunteerProgrammeDtos.EntryResponse entry(@Parameter(description = "The programme's id") @PathParam("id") UUID id,
                                                      @Parameter(description = "The entry's id") @PathParam("entryId") UUID entryId) {
        return VolunteerProgrammeDtos.EntryResponse.from(programmes.entry(id, entryId));
    }

    @POST
    @Idempotent
    @Path("{id}/entries/{entryId}/steps")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "recordProgrammeStep", summary = "Record the interview or the vetting",
            description = "In order: interview, then vetting; a vetted volunteer names their catalogue mentor of kind VOLUNTEER.")
    @APIResponse(responseCode = "200", description = "The entry after the step",
            content = @Content(schema = @Schema(implementation = VolunteerProgrammeDtos.EntryResponse.class)))
    public VolunteerProgrammeDtos.EntryResponse step(@Parameter(description = "The programme's id") @PathParam("id") UUID id,
                                                     @Parameter(description = "The entry's id") @PathParam("entryId") UUID entryId,
                                                     @Valid @NotNull VolunteerProgrammeDtos.NewStep request) {
        return VolunteerProgrammeDtos.EntryResponse.from(
                pipeline.step(id, entryId, request.step(), request.on(), request.mentorId()));
    }

    @POST
    @Idempotent
    @Path("{id}/entries/{entryId}/drop-out")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "recordProgrammeDropOut", summary = "Record a drop-out with its coded reason")
    @APIResponse(responseCode = "200", description = "The entry after the drop-out",
            content = @Content(schema = @Schema(implementation = VolunteerProgrammeDtos.EntryResponse.class)))
    public VolunteerProgrammeDtos.EntryResponse drop(@Parameter(description = "The programme's id") @PathParam("id") UUID id,
                                                     @Parameter(description = "The entry's id") @PathParam("entryId") UUID entryId,
                                                     @Valid @NotNull VolunteerProgrammeDtos.NewDrop request) {
        return VolunteerProgrammeDtos.EntryResponse.from(pipeline.drop(id, entryId, request.on(), request.reason()));
    }

    @POST
    @Idempotent
    @Path("{id}/matches")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "recordProgrammeMatch", summary = "Record a match made at the match meeting",
            description = "Both entries vetted; a mentorship started in matching-service for the volunteer's mentor is recorded"
                    + " by itself. The volunteer's commitment starts with their first match.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = VolunteerProgrammeDtos.MatchResponse.class)))
    public Response match(@Parameter(description = "The programme's id") @PathParam("id") UUID id,
                          @Valid @NotNull VolunteerProgrammeDtos.NewMatch request) {
        return Response.status(Response.Status.CREATED).entity(VolunteerProgrammeDtos.MatchResponse.from(
                pipeline.match(id, request.volunteerEntryId(), request.menteeEntryId(), request.matchedOn()))).build();
    }
}
