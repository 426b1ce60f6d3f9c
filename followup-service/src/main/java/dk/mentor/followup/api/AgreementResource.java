package dk.mentor.followup.api;

import static dk.mentor.followup.api.OpenApiComponents.PURPOSE_DOC;

import dk.mentor.followup.api.ParticipantDtos.AgreementRequest;
import dk.mentor.followup.api.ParticipantDtos.AgreementResponse;
import dk.mentor.followup.application.MentorAgreements;
import dk.mentor.followup.application.Purposes;
import dk.mentor.followup.domain.AgreementTerms;
import dk.mentor.followup.domain.MentorAgreement;
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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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

@Path("/api/v1/plans/{planId}/mentor-agreements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CASEWORKER, Roles.SOCIAL_WORKER, Roles.COORDINATOR, Roles.MENTOR, Roles.INTEGRATION})
@Tag(name = "participants", description = "Who is on the plan, in which role and under which legal basis, and their mentor agreements")
public class AgreementResource {

    @Inject
    MentorAgreements agreements;

    @POST
    @Idempotent
    @RolesAllowed({Roles.CASEWORKER, Roles.SOCIAL_WORKER, Roles.COORDINATOR, Roles.INTEGRATION})
    @Operation(operationId = "makeMentorAgreement", summary = "Make a mentor agreement",
            description = "Goal, mentor name and contact, tasks, period, hours and complaint guidance are required; an agreement under LAB § 167 runs at most 6 months, renewals record their assessment.")
    @APIResponse(responseCode = "201", description = "Made", content = @Content(schema = @Schema(implementation = AgreementResponse.class)))
    public Response agree(@Parameter(description = "The plan's id") @PathParam("planId") UUID planId,
                          @Valid @NotNull AgreementRequest r, @Context UriInfo uri,
                          @Parameter(description = PURPOSE_DOC) @HeaderParam(Purposes.HEADER) String purpose) {
        MentorAgreement a = agreements.make(planId, r.participantId(), new AgreementTerms(r.goal(), r.mentorName(),
                r.mentorContact(), r.tasks(), r.periodFrom(), r.periodTo(), r.hoursPerWeek(), r.complaintGuidance(),
                r.activation(), r.renews(), r.renewalAssessment()), Purposes.or(purpose, "mentor agreement"));
        return Response.created(uri.getAbsolutePathBuilder().path(a.id().toString()).build())
                .entity(AgreementResponse.from(a)).build();
    }

    @GET
    @Operation(operationId = "listMentorAgreements", summary = "List mentor agreements", description = "By start of period.")
    @APIResponse(responseCode = "200", description = "A page of agreements")
    public Page<AgreementResponse> agreements(@Parameter(description = "The plan's id") @PathParam("planId") UUID planId,
                                              @BeanParam PageParameters paging,
                                              @Parameter(description = PURPOSE_DOC) @HeaderParam(Purposes.HEADER) String purpose) {
        return agreements.list(planId, paging.request(), Purposes.or(purpose, "follow-up"), AgreementResponse::from);
    }
}
