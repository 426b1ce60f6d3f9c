package dk.mentor.refusion.api;

import dk.mentor.kit.access.Roles;
import dk.mentor.kit.api.Page;
import dk.mentor.kit.api.PageParameters;
import dk.mentor.kit.api.Versions;
import dk.mentor.kit.idempotency.Idempotent;
import dk.mentor.refusion.application.DraftClaim;
import dk.mentor.refusion.application.FindClaims;
import dk.mentor.refusion.application.MoveClaim;
import dk.mentor.refusion.domain.Claim;
import dk.mentor.refusion.domain.ClaimStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import dk.mentor.kit.api.UpdatedSince;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

@Path("/api/v1/refusion-claims")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "refusion-claims", description = "Refusion claims per municipality, period and regime")
public class ClaimResource {

    @Inject
    DraftClaim draftClaim;

    @Inject
    MoveClaim moveClaim;

    @Inject
    FindClaims findClaims;

    @POST
    @Idempotent
    @RolesAllowed(Roles.FINANCE_OFFICER)
    @Operation(operationId = "draftClaim", summary = "Draft a claim", description = "From the unclaimed refundable lines of the period; a supplementary claim when one for the period already counts. Accepts Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Drafted; Location names the claim",
            content = @Content(schema = @Schema(implementation = ClaimResponse.class)))
    public Response draft(@Valid @NotNull ClaimRequests.Draft request, @Context UriInfo uri) {
        Claim claim = draftClaim.draft(request.toCommand());
        return Versions.created(uri.getAbsolutePathBuilder().path(claim.id().toString()).build(),
                ClaimResponse.from(claim, findClaims.ruleStatus(claim.id())), claim.version());
    }

    // A case system (integration) reads claims and their lines; drafting and moving them stays with finance.
    @GET
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.INTEGRATION})
    @Operation(operationId = "listClaims", summary = "List claims", description = "Claims of the caller's municipalities, newest first; with"
            + " updatedSince those whose status changed at or after it (a claim changes only by its status),"
            + " by statusChangedAt, then id.")
    @APIResponse(responseCode = "200", description = "A page of claims")
    public Page<ClaimResponse> list(
            @Parameter(description = "Only this municipality's claims", example = "0751") @QueryParam("municipality") String municipality,
            @Parameter(description = "Only claims in this status") @QueryParam("status") ClaimStatus status,
            @Parameter(description = UpdatedSince.DESCRIPTION, example = UpdatedSince.EXAMPLE) @QueryParam(UpdatedSince.PARAMETER) Instant updatedSince,
            @BeanParam PageParameters paging) {
        return findClaims.mine(municipality, status, updatedSince, paging.request(),
                claim -> ClaimResponse.from(claim, findClaims.ruleStatus(claim.id())));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.INTEGRATION})
    @Operation(operationId = "getClaim", summary = "Get a claim")
    @APIResponse(responseCode = "200", description = "The claim; ETag holds its version",
            content = @Content(schema = @Schema(implementation = ClaimResponse.class)))
    public Response get(@Parameter(description = "The claim's id") @PathParam("id") UUID id) {
        Claim claim = findClaims.byId(id);
        return Versions.ok(ClaimResponse.from(claim, findClaims.ruleStatus(claim.id())), claim.version());
    }

    @GET
    @Path("{id}/lines")
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.INTEGRATION})
    @Operation(operationId = "listClaimLines", summary = "List a claim's lines", description = "In posting order, each with its ledger line and refund.")
    @APIResponse(responseCode = "200", description = "A page of claim lines")
    public Page<ClaimLineResponse> lines(@Parameter(description = "The claim's id") @PathParam("id") UUID id,
                                         @BeanParam PageParameters paging) {
        return findClaims.lines(id, paging.request(), ClaimLineResponse::from);
    }

    @PUT
    @Path("{id}/status")
    @RolesAllowed(Roles.FINANCE_OFFICER)
    @Operation(operationId = "setClaimStatus", summary = "Move a claim", description = "DRAFT to SUBMITTED, SUBMITTED to APPROVED or REJECTED, APPROVED to PAID; needs If-Match.")
    @APIResponse(responseCode = "200", description = "Moved; ETag holds the new version",
            content = @Content(schema = @Schema(implementation = ClaimResponse.class)))
    public Response move(@Parameter(description = "The claim's id") @PathParam("id") UUID id,
                         @Parameter(description = "The ETag of the claim as read") @HeaderParam("If-Match") String ifMatch,
                         @Valid @NotNull ClaimRequests.Move request) {
        Claim claim = moveClaim.move(id, ifMatch, request.status(), request.reason());
        return Versions.ok(ClaimResponse.from(claim, findClaims.ruleStatus(claim.id())), claim.version());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.FINANCE_OFFICER)
    @Operation(operationId = "deleteClaim", summary = "Delete a draft claim", description = "Its lines become claimable again; needs If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@Parameter(description = "The claim's id") @PathParam("id") UUID id,
                           @Parameter(description = "The ETag of the claim as read") @HeaderParam("If-Match") String ifMatch) {
        moveClaim.deleteDraft(id, ifMatch);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/csv")
    @Produces("text/csv")
    @RolesAllowed(Roles.FINANCE_OFFICER)
    @Operation(operationId = "exportClaimCsv", summary = "Export a claim as CSV", description = "One row per line with the status of its rule (rule_status), one row per refund rate (rate_group), then the totals, the last with the claim's rule status; as Danish Excel reads it: UTF-8 with a byte-order mark, semicolons, decimal commas, dd-MM-yyyy dates.")
    @APIResponse(responseCode = "200", description = "The claim as CSV",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response csv(@Parameter(description = "The claim's id") @PathParam("id") UUID id) {
        return CsvDownload.of(ClaimCsv.of(findClaims.full(id)), "claim-" + id + ".csv");
    }

    @GET
    @Path("{id}/document")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.FINANCE_OFFICER)
    @Operation(operationId = "getClaimDocument", summary = "Get a claim's printable document", description = "An HTML claim form in Danish: a warning when a rule behind the claim is proposed or a placeholder, the refund per rate, totals per account code and legal basis, and every line.")
    @APIResponse(responseCode = "200", description = "The printable claim",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
    public String document(@Parameter(description = "The claim's id") @PathParam("id") UUID id) {
        return ClaimDocument.html(findClaims.full(id));
    }
}
