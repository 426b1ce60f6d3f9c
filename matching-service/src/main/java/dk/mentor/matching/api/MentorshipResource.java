package dk.mentor.matching.api;

import dk.mentor.contracts.codes.MentorshipEndReason;
import dk.mentor.kit.access.Roles;
import dk.mentor.kit.api.Page;
import dk.mentor.kit.api.PageParameters;
import dk.mentor.kit.api.Versions;
import dk.mentor.matching.application.EndMentorship;
import dk.mentor.matching.application.FindMentorships;
import dk.mentor.matching.application.RenewMentorship;
import dk.mentor.matching.domain.Mentorship;
import dk.mentor.kit.api.UpdatedSince;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/mentorships")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "mentorships", description = "Mentorships from the second yes to their end, and rematches")
public class MentorshipResource {

    @Inject
    FindMentorships findMentorships;

    @Inject
    EndMentorship endMentorship;

    @Inject
    RenewMentorship renewMentorship;

    @GET
    @RolesAllowed({Roles.CASEWORKER, Roles.SOCIAL_WORKER, Roles.COORDINATOR, Roles.MENTOR, Roles.INTEGRATION})
    @Operation(operationId = "listMentorships", summary = "List mentorships", description = "Staff and case systems see their municipalities'; a mentor"
            + " sees their own. Oldest first; with updatedSince the changed ones, oldest change first, then by id.")
    @APIResponse(responseCode = "200", description = "A page of mentorships")
    public Page<MentorshipResponse> list(
            @Parameter(description = "ACTIVE or ENDED", example = "ACTIVE") @QueryParam("status") MentorshipStatus status,
            @Parameter(description = UpdatedSince.DESCRIPTION, example = UpdatedSince.EXAMPLE) @QueryParam(UpdatedSince.PARAMETER) Instant updatedSince,
            @BeanParam PageParameters paging) {
        return findMentorships.page(status == null ? null : status.name(), updatedSince,
                paging.request(), MentorshipResponse::from);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.CASEWORKER, Roles.SOCIAL_WORKER, Roles.COORDINATOR, Roles.MENTOR, Roles.INTEGRATION})
    @Operation(operationId = "getMentorship", summary = "Get a mentorship", description = "The ETag is the version to send in If-Match.")
    @APIResponse(responseCode = "200", description = "The mentorship",
            content = @Content(schema = @Schema(implementation = MentorshipResponse.class)))
    public Response get(@Parameter(description = "The mentorship's id") @PathParam("id") UUID id) {
        Mentorship m = findMentorships.byId(id);
        return Versions.ok(MentorshipResponse.from(m), m.version());
    }

    @POST
    @Path("{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CASEWORKER, Roles.SOCIAL_WORKER, Roles.COORDINATOR})
    @Operation(operationId = "endMentorship", summary = "End a mentorship with a reason, optionally opening a rematch",
            description = "Frees the mentor's seat and publishes MentorshipEnded. A rematch is a new referral for the same plan that links back to this mentorship.")
    @APIResponse(responseCode = "200", description = "The ended mentorship",
            content = @Content(schema = @Schema(implementation = MentorshipResponse.class)))
    public Response end(@Parameter(description = "The mentorship's id") @PathParam("id") UUID id,
                        @Parameter(description = "The ETag of the mentorship read") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        @Valid @NotNull EndRequest request) {
        Mentorship m = endMentorship.end(id, ifMatch, request.reason().name(), request.endedOn(), request.rematch());
        return Versions.ok(MentorshipResponse.from(m), m.version());
    }

    @POST
    @Path("{id}/renewals")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CASEWORKER, Roles.SOCIAL_WORKER, Roles.COORDINATOR})
    @Operation(operationId = "renewMentorship", summary = "Renew a running mentorship for a new period after an assessment",
            description = "Without a renewal a mentorship ends as PERIOD_EXPIRED the night after its last day. Each grant"
                    + " is again limited by the legal basis (LAB § 167: 6 months from the day after the current end)."
                    + " Publishes MentorshipRenewed; the assessment is kept with the renewal.")
    @APIResponse(responseCode = "200", description = "The renewed mentorship",
            content = @Content(schema = @Schema(implementation = MentorshipResponse.class)))
    @APIResponse(responseCode = "409", description = "The mentorship has ended, or the mentor lacks the added hours")
    @APIResponse(responseCode = "422", description = "The new end is not later, or longer than the basis grants at a time")
    public Response renew(@Parameter(description = "The mentorship's id") @PathParam("id") UUID id,
                          @Parameter(description = "The ETag of the mentorship read") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @Valid @NotNull RenewalRequest request) {
        Mentorship m = renewMentorship.renew(id, ifMatch, request.endsOn(), request.hoursPerWeek(),
                request.meetingEveryDays(), request.assessment().strip());
        return Versions.ok(MentorshipResponse.from(m), m.version());
    }

    public enum MentorshipStatus { ACTIVE, ENDED }

    @Schema(name = "RenewMentorship", description = "A new grant for a running mentorship.")
    public record RenewalRequest(
            @Schema(description = "The new last day.", example = "2027-11-30") @NotNull LocalDate endsOn,
            @Schema(description = "Mentor hours per week in the new period.", example = "2.5") @NotNull
            @DecimalMin(value = "0.25") @DecimalMax(value = "40") @Digits(integer = 2, fraction = 2) BigDecimal hoursPerWeek,
            @Schema(description = "At most this many days between meetings; null for the role's default.", example = "14")
            @Min(1) @Max(90) Integer meetingEveryDays,
            @Schema(description = "The caseworker's assessment that the support is still needed.",
                    example = "Still needs support to keep the placement; goal is a permanent job by spring")
            @NotBlank @Size(max = 4000) String assessment) {
    }

    @Schema(name = "EndMentorship", description = "Why and when a mentorship ends.")
    public record EndRequest(
            @Schema(description = "Why it ends.", example = "POOR_MATCH") @NotNull MentorshipEndReason reason,
            @Schema(description = "The last day.", example = "2027-01-15") @NotNull LocalDate endedOn,
            @Schema(description = "Open a new referral for the same plan (a rematch).", example = "true") boolean rematch) {
    }

    @Schema(name = "Mentorship", description = "A mentorship.")
    public record MentorshipResponse(
            @Schema(description = "The mentorship's id.", example = "9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d") UUID id,
            @Schema(description = "The referral it fulfils.", example = "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d") UUID referralId,
            @Schema(description = "The citizen's plan.", example = "7d4f9b1c-2e3a-4c5d-8e9f-0a1b2c3d4e5f") UUID planId,
            @Schema(description = "The mentor.", example = "3f0c5b1e-8a41-4f7e-9a52-6f3c1d2b7e90") UUID mentorId,
            @Schema(description = "Acting municipality.", example = "0751") String actingMunicipality,
            @Schema(description = "The mentor's home municipality.", example = "0746") String mentorMunicipality,
            @Schema(description = "LegalBasis code.", example = "LAB_167") String legalBasis,
            @Schema(description = "ParticipantRole on the plan.", example = "LAB_MENTOR") String role,
            @Schema(description = "Agreed hours per week.", example = "3.5") BigDecimal hoursPerWeek,
            @Schema(description = "The mentor's hourly rate at the start, or null when unpaid.", example = "250.00") BigDecimal hourlyRate,
            @Schema(description = "First day.", example = "2026-12-01") LocalDate startsOn,
            @Schema(description = "Last agreed day; a renewal moves it.", example = "2027-05-31") LocalDate endsOn,
            @Schema(description = "At most this many days between meetings (the ordered cadence), or null for the role's default.",
                    example = "7") Integer meetingEveryDays,
            @Schema(description = "ACTIVE or ENDED.", example = "ACTIVE") String status,
            @Schema(description = "MentorshipEndReason, once ended.", example = "GOAL_REACHED") String endReason,
            @Schema(description = "The last day, once ended.", example = "2027-06-30") LocalDate endedOn,
            @Schema(description = "The referral that rematches it, if any.",
                    example = "6e2d4f5b-8a7c-4b9d-9e0f-2a3b4c5d6e7f") UUID rematchReferralId,
            @Schema(description = "When it started (the second yes).", example = "2026-11-23T10:00:00Z") Instant startedAt,
            @Schema(description = "The version, also the ETag.", example = "0") long version,
            @Schema(description = "When it last changed: its start or its end.", example = "2026-11-23T10:00:00Z") Instant updatedAt) {

        static MentorshipResponse from(Mentorship m) {
            return new MentorshipResponse(m.id(), m.referralId(), m.planId(), m.mentorId(), m.actingMunicipality(),
                    m.mentorMunicipality(), m.legalBasis(), m.role(), m.hoursPerWeek(), m.hourlyRate(), m.startsOn(),
                    m.endsOn(), m.meetingEveryDays(), m.status(), m.endReason(), m.endedOn(), m.rematchReferralId(), m.startedAt(), m.version(),
                    m.updatedAt());
        }
    }
}
