package dk.mentor.catalog.api;

import dk.mentor.catalog.application.ManageCoordinatorNorms;
import dk.mentor.catalog.domain.CoordinatorNorm;
import dk.mentor.kit.access.Roles;
import dk.mentor.kit.api.Page;
import dk.mentor.kit.api.PageParameters;
import dk.mentor.kit.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/coordinator-norms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "coordinators", description = "Mentor coordinators: their mentors, hours against the norm and the mentors' hotline")
public class CoordinatorNormResource {

    @Inject
    ManageCoordinatorNorms norms;

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(operationId = "listCoordinatorNorms", summary = "List the coordinator norm rows", description = "Newest first day first.")
    @APIResponse(responseCode = "200", description = "A page of norm rows")
    public Page<CoordinatorDtos.NormResponse> list(@BeanParam PageParameters paging) {
        return norms.page(paging.request(), CoordinatorDtos.NormResponse::from);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "addCoordinatorNorm", summary = "Add a coordinator norm row",
            description = "When the guidance changes; the row in force on a week's Monday judges the week. Audited.")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = CoordinatorDtos.NormResponse.class)))
    public Response add(@Valid @NotNull CoordinatorDtos.NewNorm request) {
        if (request.maxHoursAWeek().compareTo(request.minHoursAWeek()) < 0) {
            throw ProblemException.invalidField("maxHoursAWeek", "is below minHoursAWeek");
        }
        if (request.validTo() != null && request.validTo().isBefore(request.validFrom())) {
            throw ProblemException.invalidField("validTo", "is before validFrom");
        }
        CoordinatorNorm norm = norms.add(new CoordinatorNorm.Terms(request.mentorsPerUnit(), request.minHoursAWeek(),
                request.maxHoursAWeek(), request.excludesTeaching(), request.validFrom(), request.validTo(), request.source()));
        return Response.status(Response.Status.CREATED).entity(CoordinatorDtos.NormResponse.from(norm)).build();
    }
}
