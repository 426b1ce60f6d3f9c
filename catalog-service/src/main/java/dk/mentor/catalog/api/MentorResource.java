package dk.mentor.catalog.api;

import dk.mentor.catalog.application.FindMentors;
import dk.mentor.catalog.application.RegisterMentor;
import dk.mentor.catalog.domain.Mentor;
import dk.mentor.kit.access.Roles;
import dk.mentor.kit.api.Page;
import dk.mentor.kit.api.PageRequest;
import dk.mentor.kit.api.Versions;
import dk.mentor.kit.problem.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
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

    @Inject
    RegisterMentor registerMentor;

    @Inject
    FindMentors findMentors;

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Register a mentor", description = "Adds a mentor to the catalogue of the caller's municipality and announces it on catalog.mentor.v1.")
    @APIResponse(responseCode = "201", description = "Registered; Location names the new mentor",
            content = @Content(schema = @Schema(implementation = MentorResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or invalid fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A catalogue rule was broken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(@Valid @NotNull RegisterMentorRequest request, @Context UriInfo uri) {
        Mentor mentor = registerMentor.register(request.toCommand());
        return Response.created(uri.getAbsolutePathBuilder().path(mentor.id().toString()).build())
                .tag(Versions.etag(mentor.version())).entity(MentorResponse.from(mentor)).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.CASEWORKER})
    @Operation(summary = "Get a mentor")
    @APIResponse(responseCode = "200", description = "The mentor; ETag holds its version",
            content = @Content(schema = @Schema(implementation = MentorResponse.class)))
    @APIResponse(responseCode = "404", description = "No such mentor in the caller's municipalities",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(description = "The mentor's id") @PathParam("id") UUID id) {
        Mentor mentor = findMentors.byId(id);
        return Response.ok(MentorResponse.from(mentor)).tag(Versions.etag(mentor.version())).build();
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.CASEWORKER})
    @Operation(summary = "List mentors", description = "Mentors of the caller's municipalities, by name.")
    @APIResponse(responseCode = "200", description = "A page of mentors")
    public Page<MentorResponse> list(@Parameter(description = "Zero-based page") @QueryParam("page") Integer page,
                                     @Parameter(description = "Page size, 1..200") @QueryParam("size") Integer size) {
        return findMentors.inMyMunicipalities(PageRequest.of(page, size), MentorResponse::from);
    }
}
