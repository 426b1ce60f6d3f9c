package dk.mentor.followup.api;

import static dk.mentor.followup.api.OpenApiComponents.PURPOSE_DOC;

import dk.mentor.followup.api.ProgrammeDtos.EnrolmentRequest;
import dk.mentor.followup.api.ProgrammeDtos.EnrolmentResponse;
import dk.mentor.followup.api.ProgrammeDtos.LeaveRequest;
import dk.mentor.followup.api.ProgrammeDtos.MemberRequest;
import dk.mentor.followup.api.ProgrammeDtos.ProgrammeRequest;
import dk.mentor.followup.api.ProgrammeDtos.ProgrammeResponse;
import dk.mentor.followup.application.ManageProgrammes;
import dk.mentor.followup.application.Purposes;
import dk.mentor.followup.domain.programme.Enrolment;
import dk.mentor.followup.domain.programme.Programme;
import dk.mentor.kit.access.Roles;
import dk.mentor.kit.idempotency.Idempotent;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/programmes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "programme", description = "Programmes several municipalities run together, their enrolled plans and quarterly status reports")
public class ProgrammeResource {

    @Inject
    ManageProgrammes programmes;

    @POST
    @Idempotent
    @Operation(operationId = "createProgramme", summary = "Create a programme", description = "With its first members,"
            + " among them a municipality the administrator acts for (else 422).")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ProgrammeResponse.class)))
    public Response create(@Valid @NotNull ProgrammeRequest r) {
        Programme p = programmes.create(r.name(), r.kind(),
                r.members() == null ? List.of() : r.members().stream().map(MemberRequest::toMember).toList());
        return Response.created(UriBuilder.fromPath("/api/v1/programmes/{id}").build(p.id()))
                .entity(ProgrammeResponse.from(p)).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.CASEWORKER, Roles.SOCIAL_WORKER, Roles.COORDINATOR, Roles.INTEGRATION})
    @Operation(operationId = "listProgrammes", summary = "List programmes", description = "The programmes one of the"
            + " caller's municipalities is or was a member of, by name.")
    @APIResponse(responseCode = "200", description = "The programmes")
    public List<ProgrammeResponse> list() {
        return programmes.visible().stream().map(ProgrammeResponse::from).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.CASEWORKER, Roles.SOCIAL_WORKER, Roles.COORDINATOR, Roles.INTEGRATION})
    @Operation(operationId = "getProgramme", summary = "Get a programme", description = "For the members' staff and administrators.")
    @APIResponse(responseCode = "200", description = "The programme")
    public ProgrammeResponse get(@Parameter(description = "The programme's id") @PathParam("id") UUID id,
                                 @Parameter(description = PURPOSE_DOC) @HeaderParam(Purposes.HEADER) String purpose) {
        return ProgrammeResponse.from(programmes.get(id, Purposes.or(purpose, "programme")));
    }

    @POST
    @Path("{id}/members")
    @Operation(operationId = "joinProgramme", summary = "A municipality joins", description = "By an administrator of a member;"
            + " 409 if it is already a member.")
    @APIResponse(responseCode = "200", description = "The programme with its members")
    public ProgrammeResponse join(@Parameter(description = "The programme's id") @PathParam("id") UUID id,
                                  @Valid @NotNull MemberRequest r,
                                  @Parameter(description = PURPOSE_DOC) @HeaderParam(Purposes.HEADER) String purpose) {
        return ProgrammeResponse.from(programmes.join(id, r.toMember(), Purposes.or(purpose, "programme")));
    }

    @POST
    @Path("{id}/members/{municipality}/leave")
    @Operation(operationId = "leaveProgramme", summary = "A municipality leaves", description = "Its history stays in the reports of the quarters it was a member in.")
    @APIResponse(responseCode = "200", description = "The programme with its members")
    public ProgrammeResponse leave(@Parameter(description = "The programme's id") @PathParam("id") UUID id,
                                   @Parameter(description = "The member's code", example = "0751", schema = @Schema(pattern = "^[0-9]{4}$"))
                                   @PathParam("municipality") @Pattern(regexp = "[0-9]{4}") String municipality,
                                   @Valid LeaveRequest r,
                                   @Parameter(description = PURPOSE_DOC) @HeaderParam(Purposes.HEADER) String purpose) {
        return ProgrammeResponse.from(programmes.leave(id, municipality, r == null ? null : r.leftOn(),
                Purposes.or(purpose, "programme")));
    }

    @POST
    @Path("{id}/enrolments")
    @Idempotent
    @RolesAllowed({Roles.CASEWORKER, Roles.SOCIAL_WORKER, Roles.COORDINATOR, Roles.INTEGRATION})
    @Operation(operationId = "enrolPlan", summary = "Enrol a plan", description = "By the plan's own staff, in a programme"
            + " its municipality is a member of on the day of enrolment (else 422); 409 if it is enrolled already.")
    @APIResponse(responseCode = "201", description = "Enrolled", content = @Content(schema = @Schema(implementation = EnrolmentResponse.class)))
    public Response enrol(@Parameter(description = "The programme's id") @PathParam("id") UUID id,
                          @Valid @NotNull EnrolmentRequest r,
                          @Parameter(description = PURPOSE_DOC) @HeaderParam(Purposes.HEADER) String purpose) {
        Enrolment e = programmes.enrol(id, r.planId(), r.enrolledOn(), Purposes.or(purpose, "programme enrolment"));
        return Response.created(UriBuilder.fromPath("/api/v1/programmes/{id}/enrolments/{plan}").build(id, e.planId()))
                .entity(EnrolmentResponse.from(e)).build();
    }
}
