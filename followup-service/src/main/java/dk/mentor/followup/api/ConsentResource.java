package dk.mentor.followup.api;

import static dk.mentor.followup.api.OpenApiComponents.PURPOSE_DOC;

import dk.mentor.followup.application.ManageConsents;
import dk.mentor.followup.application.Purposes;
import dk.mentor.followup.domain.Consent;
import dk.mentor.followup.domain.PlanShare;
import dk.mentor.kit.access.Roles;
import dk.mentor.kit.idempotency.Idempotent;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/plans/{planId}/consents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CASEWORKER, Roles.SOCIAL_WORKER, Roles.COORDINATOR, Roles.INTEGRATION})
@Tag(name = "consent", description = "Purpose-scoped, dated, revocable consent, and sharing under it")
public class ConsentResource {

    @Inject
    ManageConsents consents;

    @Schema(name = "ConsentRequest", description = "A consent, or the legal basis recorded instead, for one purpose of sharing.")
    public record ConsentRequest(
            @Schema(description = "What the plan may be shared for.", example = "SHARE_WITH_MUNICIPALITY") @NotNull Consent.Purpose purpose,
            @Schema(description = "The municipality it may be shared with; for SHARE_WITH_MUNICIPALITY only.", example = "0101")
            String recipientMunicipality,
            @Schema(description = "CONSENT, or LEGAL_BASIS when the law allows sharing without consent.", example = "CONSENT")
            @NotNull Consent.Basis basis,
            @Schema(description = "The law allowing it; required for LEGAL_BASIS.", example = "Retssikkerhedsloven § 11 c")
            @Size(max = 500) String legalReference,
            @Schema(description = "The day it was given; today if empty.", example = "2026-11-02") LocalDate givenOn,
            @Schema(description = "The last day it holds, if limited.", example = "2027-11-01") LocalDate expiresOn) {
    }

    @Schema(name = "Consent", description = "A recorded consent or legal basis.")
    public record ConsentResponse(
            @Schema(description = "The consent's id.") UUID id,
            @Schema(description = "What it allows.", example = "SHARE_WITH_MUNICIPALITY") Consent.Purpose purpose,
            @Schema(description = "The municipality it allows sharing with.", example = "0101") String recipientMunicipality,
            @Schema(description = "CONSENT or LEGAL_BASIS.", example = "CONSENT") Consent.Basis basis,
            @Schema(description = "The law, for LEGAL_BASIS.", example = "Retssikkerhedsloven § 11 c") String legalReference,
            @Schema(description = "The day given.", example = "2026-11-02") LocalDate givenOn,
            @Schema(description = "The last day it holds.", example = "2027-11-01") LocalDate expiresOn,
            @Schema(description = "Who recorded it.", example = "caseworker-aarhus") String recordedBy,
            @Schema(description = "When it was recorded.") Instant recordedAt,
            @Schema(description = "When it was revoked.") Instant revokedAt) {

        static ConsentResponse from(Consent c) {
            return new ConsentResponse(c.id(), c.purpose(), c.recipientMunicipality(), c.basis(), c.legalReference(),
                    c.givenOn(), c.expiresOn(), c.recordedBy(), c.recordedAt(), c.revokedAt());
        }
    }

    @Schema(name = "ShareRequest", description = "Shares the plan (read only) with another municipality under a consent.")
    public record ShareRequest(
            @Schema(description = "The municipality.", example = "0101") @NotBlank String municipality,
            @Schema(description = "The consent allowing it.") @NotNull UUID consentId) {
    }

    @Schema(name = "Share", description = "The plan shared with a municipality, for as long as its consent holds.")
    public record ShareResponse(
            @Schema(description = "The share's id.") UUID id,
            @Schema(description = "The municipality.", example = "0101") String municipality,
            @Schema(description = "The consent it rests on.") UUID consentId,
            @Schema(description = "Who shared.", example = "caseworker-aarhus") String sharedBy,
            @Schema(description = "When.") Instant sharedAt) {

        static ShareResponse from(PlanShare s) {
            return new ShareResponse(s.id(), s.municipality(), s.consentId(), s.sharedBy(), s.sharedAt());
        }
    }

    @POST
    @Idempotent
    @Operation(operationId = "recordConsent", summary = "Record a consent", description = "Needed before the plan is shared across the LAB/SEL line or with another municipality.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = ConsentResponse.class)))
    public Response record(@Parameter(description = "The plan's id") @PathParam("planId") UUID planId,
                           @Valid @NotNull ConsentRequest r,
                           @Parameter(description = PURPOSE_DOC) @HeaderParam(Purposes.HEADER) String purpose) {
        Consent c = consents.record(planId, new ManageConsents.Command(r.purpose(), r.recipientMunicipality(), r.basis(),
                r.legalReference(), r.givenOn(), r.expiresOn()), Purposes.or(purpose, "recording consent"));
        return Response.created(UriBuilder.fromPath("/api/v1/plans/{p}/consents/{c}").build(planId, c.id()))
                .entity(ConsentResponse.from(c)).build();
    }

    @POST
    @Path("{consentId}/revocation")
    @Consumes(MediaType.WILDCARD) // no body
    @Operation(operationId = "revokeConsent", summary = "Revoke a consent", description = "Sharing that rested on it stops at once.")
    @APIResponse(responseCode = "200", description = "Revoked", content = @Content(schema = @Schema(implementation = ConsentResponse.class)))
    public ConsentResponse revoke(@Parameter(description = "The plan's id") @PathParam("planId") UUID planId,
                                  @Parameter(description = "The consent's id") @PathParam("consentId") UUID consentId,
                                  @Parameter(description = PURPOSE_DOC) @HeaderParam(Purposes.HEADER) String purpose) {
        return ConsentResponse.from(consents.revoke(planId, consentId, Purposes.or(purpose, "revoking consent")));
    }

    @GET
    @Operation(operationId = "listConsents", summary = "List consents", description = "Oldest first, revoked ones included.")
    @APIResponse(responseCode = "200", description = "A page of consents")
    public Page<ConsentResponse> list(@Parameter(description = "The plan's id") @PathParam("planId") UUID planId,
                                      @BeanParam PageParameters paging,
                                      @Parameter(description = PURPOSE_DOC) @HeaderParam(Purposes.HEADER) String purpose) {
        return consents.list(planId, paging.request(), Purposes.or(purpose, "consent overview"), ConsentResponse::from);
    }
}
