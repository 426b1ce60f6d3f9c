package dk.mentor.catalog.api;

import dk.mentor.catalog.application.ChangeMentorStatus;
import dk.mentor.catalog.application.EditMentor;
import dk.mentor.catalog.application.FindMentors;
import dk.mentor.catalog.application.ManageTraining;
import dk.mentor.catalog.application.MentorView;
import dk.mentor.catalog.application.RegisterMentor;
import dk.mentor.kit.access.Roles;
import dk.mentor.kit.api.Page;
import dk.mentor.kit.api.PageParameters;
import dk.mentor.kit.api.Versions;
import dk.mentor.kit.codes.CodeLists;
import dk.mentor.kit.idempotency.Idempotent;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

@Path("/api/v1/mentors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "mentors", description = "The mentor catalogue")
public class MentorResource {

    static final String IF_MATCH = "The ETag of the mentor as read (optimistic locking)";

    @Inject
    RegisterMentor registerMentor;
    @Inject
    CodeLists codeLists;
    @Inject
    FindMentors findMentors;
    @Inject
    EditMentor editMentor;
    @Inject
    ChangeMentorStatus changeStatus;
    @Inject
    ManageTraining manageTraining;

    @POST
    @Idempotent
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "registerMentor", summary = "Register a mentor", description = "Adds an applicant mentor to the catalogue of a municipality the"
            + " caller acts for, and announces MentorRegistered and MentorProfileChanged on catalog.mentor.v1."
            + " Send an Idempotency-Key header to make a retry safe.")
    @APIResponse(responseCode = "201", description = "Registered; Location names the new mentor, ETag its version",
            content = @Content(schema = @Schema(implementation = MentorResponse.class)))
    public Response register(@Valid @NotNull MentorRequest request, @Context UriInfo uri) {
        MentorView view = registerMentor.register(request.homeMunicipality(), request.toDetails(codeLists));
        return Versions.created(uri.getAbsolutePathBuilder().path(view.mentor().id().toString()).build(),
                MentorResponse.from(view), view.mentor().version());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.CASEWORKER, Roles.MENTOR})
    @Operation(operationId = "getMentor", summary = "Get a mentor", description = "Staff of the home and shared municipalities, and the mentor, may read;"
            + " contact details only for the mentor and staff of the home and listed municipalities.")
    @APIResponse(responseCode = "200", description = "The mentor; ETag holds its version",
            content = @Content(schema = @Schema(implementation = MentorResponse.class)))
    public Response get(@Parameter(description = "The mentor's id") @PathParam("id") UUID id) {
        return ok(findMentors.byId(id));
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.CASEWORKER, Roles.MENTOR})
    @Operation(operationId = "listMentors", summary = "Search mentors", description = "Mentors the caller may see, filtered by every given parameter,"
            + " ordered by name then id; with updatedSince by changedAt, then id.")
    @APIResponse(responseCode = "200", description = "A page of mentors")
    public Page<MentorResponse> search(@Valid @BeanParam MentorSearchParams params,
                                       @BeanParam PageParameters paging) {
        return findMentors.search(params.toCriteria(), paging.request(), MentorResponse::from);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "replaceMentor", summary = "Replace a mentor's information form", description = "Coordinators of the home municipality only;"
            + " publishes MentorProfileChanged, and MentorCapacityChanged when the capacity changed.")
    @APIResponse(responseCode = "200", description = "The changed mentor; ETag holds the new version",
            content = @Content(schema = @Schema(implementation = MentorResponse.class)))
    public Response edit(@PathParam("id") UUID id, @Parameter(description = IF_MATCH) @HeaderParam("If-Match") String ifMatch,
                         @Valid @NotNull MentorRequest request) {
        return ok(editMentor.edit(id, ifMatch, request.toDetails(codeLists)));
    }

    @POST
    @Path("{id}/status")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "changeMentorStatus", summary = "Move a mentor in the lifecycle", description = "APPLICANT -> APPROVED -> ACTIVE <-> PAUSED, any -> RETIRED."
            + " ACTIVE needs every vetting the kind requires (422 names what is missing).")
    @APIResponse(responseCode = "200", description = "The mentor in the new status",
            content = @Content(schema = @Schema(implementation = MentorResponse.class)))
    public Response changeStatus(@PathParam("id") UUID id, @Parameter(description = IF_MATCH) @HeaderParam("If-Match") String ifMatch,
                                 @Valid @NotNull MentorChangeRequests.StatusChange request) {
        return ok(changeStatus.moveTo(id, ifMatch, request.status(), request.reason().strip()));
    }

    @PUT
    @Path("{id}/vetting")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "setMentorVetting", summary = "Record a mentor's vetting and intake", description = "Statuses and dates of the børneattest and the"
            + " criminal-record check, the intake interview and the agreed expectation checklist; never documents.")
    @APIResponse(responseCode = "200", description = "The mentor with the vetting recorded",
            content = @Content(schema = @Schema(implementation = MentorResponse.class)))
    public Response recordVetting(@PathParam("id") UUID id, @Parameter(description = IF_MATCH) @HeaderParam("If-Match") String ifMatch,
                                  @Valid @NotNull VettingDto request) {
        return ok(changeStatus.recordVetting(id, ifMatch, request.toVetting()));
    }

    @PUT
    @Path("{id}/availability")
    @RolesAllowed({Roles.COORDINATOR, Roles.MENTOR})
    @Operation(operationId = "setMentorAvailability", summary = "Change when and where a mentor meets", description = "The mentor themself or a coordinator of the home municipality.")
    @APIResponse(responseCode = "200", description = "The mentor with the new availability",
            content = @Content(schema = @Schema(implementation = MentorResponse.class)))
    public Response changeAvailability(@PathParam("id") UUID id,
                                       @Parameter(description = IF_MATCH) @HeaderParam("If-Match") String ifMatch,
                                       @Valid @NotNull MentorChangeRequests.Availability request) {
        if (request.areaMunicipality() != null) {
            MentorRequest.requireMunicipality("areaMunicipality", request.areaMunicipality());
        }
        return ok(editMentor.changeAvailability(id, ifMatch, MentorRequest.windowsOf(request.meetingWindows()),
                request.eveningsAndWeekends(), request.meetingPlaces(), request.areaMunicipality(), request.postcode()));
    }

    @PUT
    @Path("{id}/contact-details")
    @RolesAllowed({Roles.COORDINATOR, Roles.MENTOR})
    @Operation(operationId = "setMentorContactDetails", summary = "Change a mentor's contact details", description = "The mentor themself or a coordinator of the home municipality.")
    @APIResponse(responseCode = "200", description = "The mentor with the new contact details",
            content = @Content(schema = @Schema(implementation = MentorResponse.class)))
    public Response changeContact(@PathParam("id") UUID id, @Parameter(description = IF_MATCH) @HeaderParam("If-Match") String ifMatch,
                                  @Valid @NotNull ContactDto request) {
        return ok(editMentor.changeContact(id, ifMatch, request.toDetails()));
    }

    @GET
    @Path("{id}/training")
    @RolesAllowed({Roles.COORDINATOR, Roles.CASEWORKER, Roles.MENTOR})
    @Operation(operationId = "getMentorTraining", summary = "Get a mentor's training status", description = "Start course done, hours and cost, each attendance.")
    @APIResponse(responseCode = "200", description = "The training record",
            content = @Content(schema = @Schema(implementation = TrainingDtos.StatusResponse.class)))
    public TrainingDtos.StatusResponse status(@Parameter(description = "The mentor's id") @PathParam("id") UUID id) {
        return TrainingDtos.StatusResponse.from(manageTraining.statusOf(id));
    }

    private static Response ok(MentorView view) {
        return Versions.ok(MentorResponse.from(view), view.mentor().version());
    }
}
