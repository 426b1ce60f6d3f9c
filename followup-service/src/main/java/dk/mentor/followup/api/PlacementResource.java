package dk.mentor.followup.api;

import static dk.mentor.followup.api.OpenApiComponents.PURPOSE_DOC;

import dk.mentor.followup.api.PlacementDtos.AgreementRequest;
import dk.mentor.followup.api.PlacementDtos.AgreementResponse;
import dk.mentor.followup.api.PlacementDtos.EndRequest;
import dk.mentor.followup.api.PlacementDtos.EvaluationRequest;
import dk.mentor.followup.api.PlacementDtos.EvaluationResponse;
import dk.mentor.followup.api.PlacementDtos.PlacementResponse;
import dk.mentor.followup.api.PlacementDtos.PlanPlacementRequest;
import dk.mentor.followup.api.PlacementDtos.StartRequest;
import dk.mentor.followup.application.FindPlacements;
import dk.mentor.followup.application.ManagePlacements;
import dk.mentor.followup.application.PlacementAgreements;
import dk.mentor.followup.application.PlacementEvaluations;
import dk.mentor.followup.application.Purposes;
import dk.mentor.followup.domain.Placement;
import dk.mentor.followup.domain.PlacementAgreement;
import dk.mentor.followup.domain.PlacementEvaluation;
import dk.mentor.followup.domain.PlacementTerms;
import dk.mentor.kit.access.Roles;
import dk.mentor.kit.api.Page;
import dk.mentor.kit.api.PageParameters;
import dk.mentor.kit.api.Versions;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A plan's placements with companies: planned, agreed in writing, started, followed up and ended by the plan's staff. */
@Path("/api/v1/plans/{planId}/placements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CASEWORKER, Roles.SOCIAL_WORKER, Roles.COORDINATOR, Roles.MENTOR, Roles.INTEGRATION})
@Tag(name = "placements", description = "Companies, placements with them, their agreements and follow-ups, and hand-overs inside the municipality")
public class PlacementResource {

    @Inject
    ManagePlacements manage;
    @Inject
    FindPlacements find;
    @Inject
    PlacementAgreements agreements;
    @Inject
    PlacementEvaluations evaluations;

    @POST
    @Idempotent
    @RolesAllowed({Roles.CASEWORKER, Roles.SOCIAL_WORKER, Roles.COORDINATOR, Roles.INTEGRATION})
    @Operation(operationId = "planPlacement", summary = "Plan a placement",
            description = "A virksomhedspraktik, løntilskud or virksomhedscenter place with a company and its contact person, and the plan's company mentor if there is one.")
    @APIResponse(responseCode = "201", description = "Planned", content = @Content(schema = @Schema(implementation = PlacementResponse.class)))
    public Response plan(@Parameter(description = "The plan's id") @PathParam("planId") UUID planId,
                         @Valid @NotNull PlanPlacementRequest r, @Context UriInfo uri,
                         @Parameter(description = PURPOSE_DOC) @HeaderParam(Purposes.HEADER) String purpose) {
        Placement p = manage.plan(planId, new ManagePlacements.Command(r.kind(), r.companyId(), r.contactId(),
                r.companyMentorParticipantId(), r.plannedFrom(), r.plannedTo()), Purposes.or(purpose, "placement"));
        FindPlacements.View planned = find.one(planId, p.id(), Purposes.or(purpose, "placement"));
        return Versions.created(uri.getAbsolutePathBuilder().path(p.id().toString()).build(),
                PlacementResponse.from(planned), planned.placement().version());
    }

    @GET
    @Operation(operationId = "listPlacements", summary = "List the plan's placements", description = "By planned start.")
    @APIResponse(responseCode = "200", description = "A page of placements")
    public Page<PlacementResponse> list(@Parameter(description = "The plan's id") @PathParam("planId") UUID planId,
                                        @BeanParam PageParameters paging,
                                        @Parameter(description = PURPOSE_DOC) @HeaderParam(Purposes.HEADER) String purpose) {
        return find.onPlan(planId, paging.request(), Purposes.or(purpose, "follow-up"), PlacementResponse::from);
    }

    @GET
    @Path("/{placementId}")
    @Operation(operationId = "getPlacement", summary = "Get a placement", description = "With its agreement's latest version, its follow-ups and their due dates.")
    @APIResponse(responseCode = "200", description = "The placement; ETag holds its version",
            content = @Content(schema = @Schema(implementation = PlacementResponse.class)))
    public Response get(@Parameter(description = "The plan's id") @PathParam("planId") UUID planId,
                                 @Parameter(description = "The placement's id") @PathParam("placementId") UUID placementId,
                                 @Parameter(description = PURPOSE_DOC) @HeaderParam(Purposes.HEADER) String purpose) {
        return ok(find.one(planId, placementId, Purposes.or(purpose, "follow-up")));
    }

    @POST
    @Path("/{placementId}/start")
    @RolesAllowed({Roles.CASEWORKER, Roles.SOCIAL_WORKER, Roles.COORDINATOR, Roles.INTEGRATION})
    @Operation(operationId = "startPlacement", summary = "Start a placement",
            description = "The citizen's first day at the company; the written agreement must be made first. Announced as PlacementStarted.")
    @APIResponse(responseCode = "200", description = "Started; ETag holds the version",
            content = @Content(schema = @Schema(implementation = PlacementResponse.class)))
    public Response start(@Parameter(description = "The plan's id") @PathParam("planId") UUID planId,
                                   @Parameter(description = "The placement's id") @PathParam("placementId") UUID placementId,
                                   @Valid StartRequest r,
                                   @Parameter(description = PURPOSE_DOC) @HeaderParam(Purposes.HEADER) String purpose) {
        String why = Purposes.or(purpose, "placement");
        manage.start(planId, placementId, r == null ? null : r.startedOn(), why);
        return ok(find.one(planId, placementId, why));
    }

    @POST
    @Path("/{placementId}/end")
    @RolesAllowed({Roles.CASEWORKER, Roles.SOCIAL_WORKER, Roles.COORDINATOR, Roles.INTEGRATION})
    @Operation(operationId = "endPlacement", summary = "End a placement",
            description = "With its outcome and the summing-up; DROPPED_OUT when the citizen stayed away, then record the hand-back. Announced as PlacementEnded.")
    @APIResponse(responseCode = "200", description = "Ended; ETag holds the version",
            content = @Content(schema = @Schema(implementation = PlacementResponse.class)))
    public Response end(@Parameter(description = "The plan's id") @PathParam("planId") UUID planId,
                                 @Parameter(description = "The placement's id") @PathParam("placementId") UUID placementId,
                                 @Valid @NotNull EndRequest r,
                                 @Parameter(description = PURPOSE_DOC) @HeaderParam(Purposes.HEADER) String purpose) {
        String why = Purposes.or(purpose, "placement");
        manage.end(planId, placementId, r.endedOn(), r.outcome(), r.summary(), why);
        return ok(find.one(planId, placementId, why));
    }

    @POST
    @Path("/{placementId}/agreements")
    @Idempotent
    @RolesAllowed({Roles.CASEWORKER, Roles.SOCIAL_WORKER, Roles.COORDINATOR, Roles.INTEGRATION})
    @Operation(operationId = "makePlacementAgreement", summary = "Make the placement agreement",
            description = "Every term of the written agreement is required and a missing one is named (422); a change is the next version.")
    @APIResponse(responseCode = "201", description = "Made", content = @Content(schema = @Schema(implementation = AgreementResponse.class)))
    public Response agree(@Parameter(description = "The plan's id") @PathParam("planId") UUID planId,
                          @Parameter(description = "The placement's id") @PathParam("placementId") UUID placementId,
                          @Valid @NotNull AgreementRequest r, @Context UriInfo uri,
                          @Parameter(description = PURPOSE_DOC) @HeaderParam(Purposes.HEADER) String purpose) {
        PlacementAgreement a = agreements.make(planId, placementId, new PlacementTerms(r.personAndConsiderations(), r.tasks(),
                r.hoursPerWeek(), r.workingHours(), r.periodFrom(), r.periodTo(), r.purpose(), r.goals(), r.subGoals(),
                r.jobCentreResponsibilities(), r.companyResponsibilities(), r.companyMentorResponsibilities(),
                r.noShowProcedure(), r.sickLeaveProcedure()), Purposes.or(purpose, "placement agreement"));
        return Response.created(uri.getAbsolutePathBuilder().path(a.id().toString()).build())
                .entity(AgreementResponse.from(a)).build();
    }

    @GET
    @Path("/{placementId}/agreements")
    @Operation(operationId = "listPlacementAgreements", summary = "List the agreement's versions", description = "Oldest first, each with who made it and when.")
    @APIResponse(responseCode = "200", description = "The versions")
    public List<AgreementResponse> agreementVersions(@Parameter(description = "The plan's id") @PathParam("planId") UUID planId,
                                                     @Parameter(description = "The placement's id") @PathParam("placementId") UUID placementId,
                                                     @Parameter(description = PURPOSE_DOC) @HeaderParam(Purposes.HEADER) String purpose) {
        return agreements.versions(planId, placementId, Purposes.or(purpose, "follow-up")).stream()
                .map(AgreementResponse::from).toList();
    }

    @POST
    @Path("/{placementId}/evaluations")
    @Idempotent
    @RolesAllowed({Roles.CASEWORKER, Roles.SOCIAL_WORKER, Roles.COORDINATOR, Roles.INTEGRATION})
    @Operation(operationId = "evaluatePlacement", summary = "Record a placement follow-up",
            description = "The midway evaluation or the 3-month follow-up: attendance, responsibility, cooperation and the summary are required.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = EvaluationResponse.class)))
    public Response evaluate(@Parameter(description = "The plan's id") @PathParam("planId") UUID planId,
                             @Parameter(description = "The placement's id") @PathParam("placementId") UUID placementId,
                             @Valid @NotNull EvaluationRequest r, @Context UriInfo uri,
                             @Parameter(description = PURPOSE_DOC) @HeaderParam(Purposes.HEADER) String purpose) {
        PlacementEvaluation e = evaluations.record(planId, placementId, new PlacementEvaluations.Answers(r.kind(), r.doneOn(),
                r.attendance(), r.responsibility(), r.cooperation(), r.adjustments(), r.summary()),
                Purposes.or(purpose, "follow-up"));
        return Response.created(uri.getAbsolutePathBuilder().path(e.id().toString()).build())
                .entity(EvaluationResponse.from(e)).build();
    }

    private static Response ok(FindPlacements.View view) {
        return Versions.ok(PlacementResponse.from(view), view.placement().version());
    }
}
