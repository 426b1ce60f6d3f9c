package dk.mentor.matching.api;

import dk.mentor.kit.access.Roles;
import dk.mentor.kit.api.Page;
import dk.mentor.kit.api.PageParameters;
import dk.mentor.kit.api.Versions;
import dk.mentor.kit.codes.CodeLists;
import dk.mentor.kit.idempotency.Idempotent;
import dk.mentor.kit.problem.ProblemException;
import dk.mentor.matching.application.AnswerAfterMeeting;
import dk.mentor.matching.application.ChooseMentor;
import dk.mentor.matching.application.FindReferrals;
import dk.mentor.matching.application.OrderReferral;
import dk.mentor.matching.application.ProposeShortlist;
import dk.mentor.matching.application.ScheduleMeeting;
import dk.mentor.matching.domain.Proposal;
import dk.mentor.matching.domain.Referral;
import dk.mentor.matching.domain.ReferralStatus;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import dk.mentor.kit.api.UpdatedSince;
import dk.mentor.kit.problem.Problem;
import dk.mentor.kit.reference.ExternalReferenceLookup;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

@Path("/api/v1/referrals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
// A case system (integration) orders, reads and ranks; the choice, the meeting and the answers happen
// with the citizen in person, so they stay with staff.
@RolesAllowed({Roles.CASEWORKER, Roles.SOCIAL_WORKER, Roles.COORDINATOR})
@Tag(name = "referrals", description = "The caseworker's order, its shortlist, the citizen's choice and the three-party meeting")
public class ReferralResource {

    @Inject
    OrderReferral orderReferral;
    @Inject
    CodeLists codeLists;
    @Inject
    FindReferrals findReferrals;
    @Inject
    ProposeShortlist proposeShortlist;
    @Inject
    ChooseMentor chooseMentor;
    @Inject
    ScheduleMeeting scheduleMeeting;
    @Inject
    AnswerAfterMeeting answerAfterMeeting;

    @POST
    @Idempotent
    @RolesAllowed({Roles.CASEWORKER, Roles.SOCIAL_WORKER, Roles.COORDINATOR, Roles.INTEGRATION})
    @Operation(operationId = "createReferral", summary = "Order a mentor for a citizen's plan")
    @APIResponse(responseCode = "201", description = "Ordered; Location names the referral",
            content = @Content(schema = @Schema(implementation = ReferralResponse.class)))
    @APIResponse(responseCode = "409", description = "external-reference-taken: a referral of the municipality already has"
            + " this external reference; existingId and the Location header name it",
            headers = @Header(name = HttpHeaders.LOCATION, description = "The referral that has the reference",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull CreateReferralRequest request, @Context UriInfo uri) {
        Referral referral = orderReferral.order(request.toDraft(codeLists), request.externalReference());
        return Versions.created(uri.getAbsolutePathBuilder().path(referral.id().toString()).build(),
                ReferralResponse.from(referral), referral.version());
    }

    @GET
    @RolesAllowed({Roles.CASEWORKER, Roles.SOCIAL_WORKER, Roles.COORDINATOR, Roles.INTEGRATION})
    @Operation(operationId = "listReferrals", summary = "List referrals of the caller's municipalities",
            description = "Oldest first, then by id; with updatedSince the changed ones, oldest change first, then by id.")
    @APIResponse(responseCode = "200", description = "A page of referrals")
    public Page<ReferralResponse> list(
            @Parameter(description = "Only this acting municipality", example = "0751") @QueryParam("municipality") String municipality,
            @Parameter(description = "Only this status: OPEN, PROPOSED, WAITING, CHOSEN, MEETING_SCHEDULED, MATCHED or CLOSED", example = "WAITING") @QueryParam("status") ReferralStatus status,
            @Parameter(description = UpdatedSince.DESCRIPTION, example = UpdatedSince.EXAMPLE) @QueryParam(UpdatedSince.PARAMETER) Instant updatedSince,
            @BeanParam PageParameters paging) {
        return findReferrals.page(municipality, status, updatedSince,
                paging.request(), ReferralResponse::from);
    }

    @GET
    @Path("by-external-reference")
    @RolesAllowed({Roles.CASEWORKER, Roles.SOCIAL_WORKER, Roles.COORDINATOR, Roles.INTEGRATION})
    @Operation(operationId = "findReferralByExternalReference", summary = "Find a referral by external reference",
            description = "The referral a case system ordered under its own key, within the caller's municipalities.")
    @APIResponse(responseCode = "200", description = "The referral; ETag holds its version",
            content = @Content(schema = @Schema(implementation = ReferralResponse.class)))
    public Response byExternalReference(
            @Parameter(description = "The case system's code.", example = "sbsys", required = true) @QueryParam("system") @NotNull String system,
            @Parameter(description = "The case system's key.", example = "HENV-2026-0815", required = true) @QueryParam("id") @NotNull String externalId,
            @Parameter(description = ExternalReferenceLookup.MUNICIPALITY_DOC, example = "0751") @QueryParam("municipality") String municipality) {
        return withEtag(findReferrals.byExternalReference(system, externalId, municipality));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.CASEWORKER, Roles.SOCIAL_WORKER, Roles.COORDINATOR, Roles.INTEGRATION})
    @Operation(operationId = "getReferral", summary = "Get a referral", description = "The ETag is the version to send in If-Match.")
    @APIResponse(responseCode = "200", description = "The referral",
            content = @Content(schema = @Schema(implementation = ReferralResponse.class)))
    public Response get(@Parameter(description = "The referral's id") @PathParam("id") UUID id) {
        return withEtag(findReferrals.byId(id));
    }

    @POST
    @Path("{id}/shortlist")
    @RolesAllowed({Roles.CASEWORKER, Roles.SOCIAL_WORKER, Roles.COORDINATOR, Roles.INTEGRATION})
    @Operation(operationId = "proposeShortlist", summary = "Rank mentors and propose a shortlist",
            description = "Hard filters, then the weighted score with the municipality's weights; nobody fitting puts the referral on the waiting list with reasons.")
    @APIResponse(responseCode = "200", description = "The referral, PROPOSED or WAITING",
            content = @Content(schema = @Schema(implementation = ReferralResponse.class)))
    public Response propose(@Parameter(description = "The referral's id") @PathParam("id") UUID id,
                            @Parameter(description = "The ETag of the referral read") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withEtag(proposeShortlist.propose(id, ifMatch));
    }

    @GET
    @Path("{id}/proposals")
    @RolesAllowed({Roles.CASEWORKER, Roles.SOCIAL_WORKER, Roles.COORDINATOR, Roles.INTEGRATION})
    @Operation(operationId = "listReferralProposals", summary = "The referral's proposals with explanations and the mentors' presentations",
            description = "Every proposal made for the referral, in the order made; at most a few shortlists, so not paged.")
    @APIResponse(responseCode = "200", description = "The proposals",
            content = @Content(schema = @Schema(implementation = ProposalResponse.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    public List<ProposalResponse> proposals(@Parameter(description = "The referral's id") @PathParam("id") UUID id) {
        return findReferrals.proposals(id).stream().map(ProposalResponse::from).toList();
    }

    @POST
    @Path("{id}/choice")
    @Operation(operationId = "chooseMentor", summary = "Record the citizen's (or caseworker's) choice of mentor",
            description = "The choice holds one of the mentor's seats until the three-party meeting is answered, at most 14 days"
                    + " (the proposal's heldUntil). 409 when the mentor's last free seat is held for another citizen.")
    @APIResponse(responseCode = "200", description = "The referral, CHOSEN",
            content = @Content(schema = @Schema(implementation = ReferralResponse.class)))
    public Response choose(@Parameter(description = "The referral's id") @PathParam("id") UUID id,
                           @Parameter(description = "The ETag of the referral read") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull ReferralActionRequests.ChoiceRequest request) {
        return withEtag(chooseMentor.choose(id, ifMatch, request.proposalId(), request.chosenBy().name()));
    }

    @POST
    @Path("{id}/meeting")
    @Operation(operationId = "scheduleReferralMeeting", summary = "Schedule the three-party meeting with the chosen mentor")
    @APIResponse(responseCode = "200", description = "The referral, MEETING_SCHEDULED",
            content = @Content(schema = @Schema(implementation = ReferralResponse.class)))
    public Response schedule(@Parameter(description = "The referral's id") @PathParam("id") UUID id,
                             @Parameter(description = "The ETag of the referral read") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @Valid @NotNull ReferralActionRequests.MeetingRequest request) {
        return withEtag(scheduleMeeting.schedule(id, ifMatch, request.at(), request.place().name()));
    }

    @POST
    @Path("{id}/meeting-answers")
    @Operation(operationId = "answerAfterMeeting", summary = "Record the citizen's or the mentor's yes or no after the meeting",
            description = "Two yeses start the mentorship (409 when the mentor's last seat went meanwhile); a no keeps its reason, releases the mentor's held seat and lets the citizen choose again (nextStep).")
    @APIResponse(responseCode = "200", description = "The referral, and the mentorship when one started",
            content = @Content(schema = @Schema(implementation = AnswerResponse.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The referral's new version", ref = "ETag"))
    public Response answer(@Parameter(description = "The referral's id") @PathParam("id") UUID id,
                           @Parameter(description = "The ETag of the referral read") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull ReferralActionRequests.AnswerRequest request) {
        if (request.answer() == ReferralActionRequests.Answer.NO && (request.reason() == null || request.reason().isBlank())) {
            throw ProblemException.invalidField("reason", "is required for a no");
        }
        AnswerAfterMeeting.Outcome outcome = answerAfterMeeting.answer(id, ifMatch,
                Proposal.Party.valueOf(request.party().name()), request.answer() == ReferralActionRequests.Answer.YES,
                request.reason());
        return Versions.ok(new AnswerResponse(ReferralResponse.from(outcome.referral()),
                        outcome.mentorship() == null ? null : outcome.mentorship().id(), outcome.nextStep().name()),
                outcome.referral().version());
    }

    private static Response withEtag(Referral referral) {
        return Versions.ok(ReferralResponse.from(referral), referral.version());
    }
}
