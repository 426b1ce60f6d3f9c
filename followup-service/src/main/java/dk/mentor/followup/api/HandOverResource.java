package dk.mentor.followup.api;

import dk.mentor.kit.api.Versions;
import static dk.mentor.followup.api.OpenApiComponents.PURPOSE_DOC;

import dk.mentor.followup.application.HandOvers;
import dk.mentor.followup.application.Purposes;
import dk.mentor.followup.domain.HandOver;
import dk.mentor.kit.access.Roles;
import dk.mentor.kit.api.Page;
import dk.mentor.kit.api.PageParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/hand-overs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CASEWORKER, Roles.SOCIAL_WORKER, Roles.INTEGRATION})
@Tag(name = "hand-overs", description = "Handing a plan over when the citizen moves municipality")
public class HandOverResource {

    @Inject
    HandOvers handOvers;

    @Schema(name = "HandOverOffer", description = "Offers the plan to the municipality the citizen moves to.")
    public record OfferRequest(
            @Schema(description = "The receiving municipality.", example = "0101") @NotBlank String toMunicipality,
            @Schema(description = "The consent (or legal basis) for sharing with it.") @NotNull UUID consentId,
            @Schema(description = "What the receiver should know.", example = "Mentor support works; keep the weekly meetings")
            @NotBlank @Size(max = 4000) String annotation,
            @Schema(description = "The day the citizen moves; the receiver takes over, and the costs follow, from it. Today if empty.",
                    example = "2026-12-01") LocalDate moveDate) {
    }

    @Schema(name = "HandOverAnswer", description = "The receiver's answer; send the offer's ETag in If-Match.")
    public record AnswerRequest(
            @Schema(description = "The receiver's annotation.", example = "Taken over by our youth team") @Size(max = 4000) String annotation,
            @Schema(description = "On acceptance: the day the receiver takes over, which is always the move date; empty or the move date.", example = "2026-12-01") LocalDate effectiveOn) {
    }

    @Schema(name = "HandOverDispute", description = "The receiver disputes the hand-over; send the offer's ETag in If-Match.")
    public record DisputeRequest(
            @Schema(description = "Why the receiving municipality disputes it.", example = "The citizen still lives in Aarhus")
            @NotBlank @Size(max = 4000) String reason) {
    }

    @Schema(name = "HandOver", description = "A plan offered to another municipality.")
    public record HandOverResponse(
            @Schema(description = "The hand-over's id.") UUID id,
            @Schema(description = "The plan.") UUID planId,
            @Schema(description = "The sending municipality.", example = "0751") String fromMunicipality,
            @Schema(description = "The receiving municipality.", example = "0101") String toMunicipality,
            @Schema(ref = OpenApiComponents.HAND_OVER_STATUS, description = "OFFERED or ACCEPTED; REJECTED only on offers answered before hand-overs could no longer be rejected.", example = "OFFERED")
            HandOver.Status status,
            @Schema(description = "The sender's annotation.", example = "Keep the weekly meetings") String offerAnnotation,
            @Schema(description = "Who offered.", example = "caseworker-aarhus") String offeredBy,
            @Schema(description = "When.") Instant offeredAt,
            @Schema(description = "The receiver's annotation.", example = "Taken over by our youth team") String responseAnnotation,
            @Schema(description = "Who answered.", example = "caseworker-kbh") String respondedBy,
            @Schema(description = "When.") Instant respondedAt,
            @Schema(description = "The day the receiver took over.", example = "2026-12-01") LocalDate effectiveOn,
            @Schema(description = "The day the citizen moves.", example = "2026-12-01") LocalDate moveDate,
            @Schema(description = "The last day the receiver may dispute the hand-over.", example = "2026-12-15") LocalDate disputableUntil,
            @Schema(description = "Why the receiver disputed it, if it did.", example = "The citizen still lives in Aarhus") String disputeReason,
            @Schema(description = "Who disputed.", example = "caseworker-kbh") String disputedBy,
            @Schema(description = "When it was disputed.") Instant disputedAt,
            @Schema(description = "The version; also the ETag.", example = "0") long version) {

        static HandOverResponse from(HandOver h) {
            return new HandOverResponse(h.id(), h.planId(), h.fromMunicipality(), h.toMunicipality(), h.status(),
                    h.offerAnnotation(), h.offeredBy(), h.offeredAt(), h.responseAnnotation(), h.respondedBy(),
                    h.respondedAt(), h.effectiveOn(), h.moveDate(), h.disputableUntil(), h.disputeReason(), h.disputedBy(),
                    h.disputedAt(), h.version());
        }
    }

    @GET
    @Operation(operationId = "listHandOvers", summary = "List hand-overs", description = "Offers to and from the caller's municipalities, newest first.")
    @APIResponse(responseCode = "200", description = "A page of hand-overs")
    public Page<HandOverResponse> list(@BeanParam PageParameters paging) {
        return handOvers.mine(paging.request(), HandOverResponse::from);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getHandOver", summary = "Get a hand-over")
    @APIResponse(responseCode = "200", description = "The hand-over; ETag holds its version",
            content = @Content(schema = @Schema(implementation = HandOverResponse.class)))
    public Response get(@Parameter(description = "The hand-over's id") @PathParam("id") UUID id,
                        @Parameter(description = PURPOSE_DOC) @HeaderParam(Purposes.HEADER) String purpose) {
        HandOver h = handOvers.one(id, Purposes.or(purpose, "hand-over"));
        return Versions.ok(HandOverResponse.from(h), h.version());
    }

    @POST
    @Path("{id}/acceptance")
    @Operation(operationId = "acceptHandOver", summary = "Accept a hand-over", description = "By the receiving municipality; ownership and access move; announced as PlanHandedOver.")
    @APIResponse(responseCode = "200", description = "Accepted", content = @Content(schema = @Schema(implementation = HandOverResponse.class)))
    public Response accept(@Parameter(description = "The hand-over's id") @PathParam("id") UUID id,
                           @Parameter(description = "The ETag of the offer as read") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           AnswerRequest r,
                           @Parameter(description = PURPOSE_DOC) @HeaderParam(Purposes.HEADER) String purpose) {
        HandOver h = handOvers.accept(id, ifMatch, r == null ? null : r.annotation(), r == null ? null : r.effectiveOn(),
                Purposes.or(purpose, "hand-over"));
        return Versions.ok(HandOverResponse.from(h), h.version());
    }

    @POST
    @Path("{id}/rejection")
    @Operation(operationId = "rejectHandOver", summary = "Reject a hand-over (always refused)",
            description = "The municipality the citizen moves to becomes the acting one by law, so it cannot reject; it disputes instead.")
    @APIResponse(responseCode = "409", description = "A hand-over cannot be rejected")
    public Response reject(@Parameter(description = "The hand-over's id") @PathParam("id") UUID id,
                           @Parameter(description = PURPOSE_DOC) @HeaderParam(Purposes.HEADER) String purpose) {
        handOvers.reject(id, Purposes.or(purpose, "hand-over"));
        return Response.status(Response.Status.CONFLICT).build();
    }

    @POST
    @Path("{id}/dispute")
    @Operation(operationId = "disputeHandOver", summary = "Dispute a hand-over",
            description = "By the receiving municipality, once, within 14 days of the offer, with a reason. The dispute is recorded for the municipalities to settle; the plan stays where the hand-over put it.")
    @APIResponse(responseCode = "200", description = "Disputed", content = @Content(schema = @Schema(implementation = HandOverResponse.class)))
    @APIResponse(responseCode = "409", description = "Already disputed")
    @APIResponse(responseCode = "422", description = "The deadline has passed")
    public Response dispute(@Parameter(description = "The hand-over's id") @PathParam("id") UUID id,
                            @Parameter(description = "The ETag of the offer as read") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull DisputeRequest r,
                            @Parameter(description = PURPOSE_DOC) @HeaderParam(Purposes.HEADER) String purpose) {
        HandOver h = handOvers.dispute(id, ifMatch, r.reason(), Purposes.or(purpose, "hand-over"));
        return Versions.ok(HandOverResponse.from(h), h.version());
    }
}
