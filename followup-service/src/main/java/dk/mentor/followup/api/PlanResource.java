package dk.mentor.followup.api;

import dk.mentor.kit.codes.CodeLists;
import dk.mentor.kit.api.Versions;
import static dk.mentor.followup.api.OpenApiComponents.PURPOSE_DOC;

import dk.mentor.followup.api.PlanDtos.ClosePlanRequest;
import dk.mentor.followup.api.PlanDtos.LinkedPlanDto;
import dk.mentor.followup.api.PlanDtos.OpenPlanRequest;
import dk.mentor.followup.api.PlanDtos.PlanResponse;
import dk.mentor.followup.api.PlanDtos.ProgressReportResponse;
import dk.mentor.followup.api.PlanDtos.RevisePlanRequest;
import dk.mentor.followup.application.BuildProgressReport;
import dk.mentor.followup.application.ClosePlan;
import dk.mentor.followup.application.FindPlans;
import dk.mentor.followup.application.OpenPlan;
import dk.mentor.followup.application.Purposes;
import dk.mentor.followup.application.RevisePlan;
import dk.mentor.followup.domain.LinkedPlan;
import dk.mentor.followup.domain.Plan;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.QueryParam;
import dk.mentor.kit.access.Caller;
import dk.mentor.kit.access.MunicipalityAccess;
import dk.mentor.kit.api.UpdatedSince;
import dk.mentor.kit.problem.Problem;
import dk.mentor.kit.reference.ExternalReferenceLookup;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
// The roles that can hold a plan: its staff and its participants (PlanAccess picks which plans). Finance,
// audit and administration never read goals, notes or minutes; the plan resources list their roles so.
@RolesAllowed({Roles.CASEWORKER, Roles.SOCIAL_WORKER, Roles.COORDINATOR, Roles.MENTOR, Roles.INTEGRATION})
@Tag(name = "plans", description = "The citizen's one shared plan across LAB and SEL")
public class PlanResource {

    @Inject
    CodeLists codeLists;

    @Inject
    OpenPlan openPlan;
    @Inject
    FindPlans findPlans;
    @Inject
    RevisePlan revisePlan;
    @Inject
    ClosePlan closePlan;
    @Inject
    BuildProgressReport progressReport;
    @Inject
    Caller caller;
    @Inject
    MunicipalityAccess municipalityAccess;

    @POST
    @Idempotent
    @RolesAllowed({Roles.CASEWORKER, Roles.SOCIAL_WORKER, Roles.INTEGRATION})
    @Operation(operationId = "openPlan", summary = "Open a plan", description = "One active plan per citizen, owned by the acting municipality; announced as PlanOpened.")
    @APIResponse(responseCode = "201", description = "Opened; Location names the plan, ETag holds its version",
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "409", description = "external-reference-taken: a plan of the municipality already has"
            + " this external reference; existingId and the Location header name it. Or the citizen has an active plan.",
            headers = @Header(name = HttpHeaders.LOCATION, description = "The plan that has the reference",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response open(@Valid @NotNull OpenPlanRequest request, @Context UriInfo uri,
                         @Parameter(description = PURPOSE_DOC) @HeaderParam(Purposes.HEADER) String purpose) {
        Plan plan = openPlan.open(new OpenPlan.Command(request.citizenId(), request.longTermGoal(),
                request.targetGroups() == null ? List.of() : request.targetGroups(), linked(request.linkedPlans()),
                request.openedOn(), PlanDtos.basis(codeLists, request.caseworkerBasis(), "caseworkerBasis"), request.externalReference()),
                Purposes.or(purpose, "opening the plan"));
        return Versions.created(uri.getAbsolutePathBuilder().path(plan.id().toString()).build(),
                PlanResponse.from(plan), plan.version());
    }

    @GET
    @Operation(operationId = "listPlans", summary = "List my plans", description = "Plans owned by the caller's municipalities, and plans the caller"
            + " takes part in; newest first, or with updatedSince the changed ones, oldest change first.")
    @APIResponse(responseCode = "200", description = "A page of plans")
    public Page<PlanResponse> list(@BeanParam PageParameters paging,
                                   @Parameter(description = UpdatedSince.DESCRIPTION, example = UpdatedSince.EXAMPLE)
                                   @QueryParam(UpdatedSince.PARAMETER) Instant updatedSince) {
        return findPlans.mine(paging.request(), updatedSince, PlanResponse::from);
    }

    @GET
    @Path("by-external-reference")
    @Operation(operationId = "findPlanByExternalReference", summary = "Find a plan by external reference",
            description = "The plan a case system opened under its own key, within the caller's municipalities; the read is audited.")
    @APIResponse(responseCode = "200", description = "The plan; ETag holds its version",
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    public Response byExternalReference(
            @Parameter(description = "The case system's code.", example = "sbsys", required = true) @QueryParam("system") @NotNull String system,
            @Parameter(description = "The case system's key.", example = "PLAN-2026-0042", required = true) @QueryParam("id") @NotNull String externalId,
            @Parameter(description = ExternalReferenceLookup.MUNICIPALITY_DOC, example = "0751") @QueryParam("municipality") String municipality,
            @Parameter(description = PURPOSE_DOC) @HeaderParam(Purposes.HEADER) String purpose) {
        String why = Purposes.or(purpose, "case system sync");
        Plan plan = findPlans.byExternalReference(system, externalId,
                municipalityAccess.searchScope(municipality, "plan", why), why).plan();
        return Versions.ok(PlanResponse.from(plan), plan.version());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getPlan", summary = "Get a plan", description = "Every read is audited with its purpose.")
    @APIResponse(responseCode = "200", description = "The plan; ETag holds its version",
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    public Response get(@Parameter(description = "The plan's id") @PathParam("id") UUID id,
                        @Parameter(description = PURPOSE_DOC) @HeaderParam(Purposes.HEADER) String purpose) {
        Plan plan = findPlans.byId(id, Purposes.or(purpose, "follow-up")).plan();
        return Versions.ok(PlanResponse.from(plan), plan.version());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.CASEWORKER, Roles.SOCIAL_WORKER, Roles.COORDINATOR, Roles.INTEGRATION})
    @Operation(operationId = "revisePlan", summary = "Revise a plan", description = "Changes the long-term goal and the linked plans; needs If-Match.")
    @APIResponse(responseCode = "200", description = "The revised plan; ETag holds its new version",
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    public Response revise(@Parameter(description = "The plan's id") @PathParam("id") UUID id,
                           @Parameter(description = "The ETag of the plan as read") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull RevisePlanRequest request,
                           @Parameter(description = PURPOSE_DOC) @HeaderParam(Purposes.HEADER) String purpose) {
        Plan plan = revisePlan.revise(id, ifMatch, new RevisePlan.Command(request.longTermGoal(), linked(request.linkedPlans())),
                Purposes.or(purpose, "revising the plan"));
        return Versions.ok(PlanResponse.from(plan), plan.version());
    }

    @POST
    @Path("{id}/closure")
    @RolesAllowed({Roles.CASEWORKER, Roles.SOCIAL_WORKER, Roles.INTEGRATION})
    @Operation(operationId = "closePlan", summary = "Close a plan", description = "Records the coded outcome, the closure dataset and aftercare; announced as OutcomeRecorded. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "The closed plan",
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    public Response close(@Parameter(description = "The plan's id") @PathParam("id") UUID id,
                          @Parameter(description = "The ETag of the plan as read") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @Valid @NotNull ClosePlanRequest request,
                          @Parameter(description = PURPOSE_DOC) @HeaderParam(Purposes.HEADER) String purpose) {
        Plan plan = closePlan.close(id, ifMatch, new ClosePlan.Command(request.outcome(), request.closedOn(),
                        request.aftercareMonths(), request.effortsSummary(), request.plannedFutureEfforts()),
                Purposes.or(purpose, "closing the plan"));
        return Versions.ok(PlanResponse.from(plan), plan.version());
    }

    @GET
    @Path("{id}/progress-report")
    @Operation(operationId = "getProgressReport", summary = "Get a plan's progress report", description = "Goals, the rating trend, dimension changes, attendance and minutes per legal basis.")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(schema = @Schema(implementation = ProgressReportResponse.class)))
    public ProgressReportResponse report(@Parameter(description = "The plan's id") @PathParam("id") UUID id,
                                         @Parameter(description = PURPOSE_DOC) @HeaderParam(Purposes.HEADER) String purpose) {
        return ProgressReportResponse.from(progressReport.build(id, Purposes.or(purpose, "progress report")));
    }

    private static List<LinkedPlan> linked(List<LinkedPlanDto> dtos) {
        return dtos == null ? List.of() : dtos.stream().map(LinkedPlanDto::toDomain).toList();
    }
}
