package dk.mentor.matching.api;

import dk.mentor.kit.access.Roles;
import dk.mentor.kit.api.Page;
import dk.mentor.kit.api.PageParameters;
import dk.mentor.matching.application.FindRounds;
import dk.mentor.matching.application.MatchingConfig;
import dk.mentor.matching.application.RunMatchingRound;
import dk.mentor.matching.domain.MatchingRound;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/matching-rounds")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COORDINATOR)
@Tag(name = "matching-rounds", description = "Batch rounds that propose the best total assignment; a person decides")
public class MatchingRoundResource {

    @Inject
    RunMatchingRound runMatchingRound;
    @Inject
    FindRounds findRounds;
    @Inject
    MatchingConfig config;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "runMatchingRound", summary = "Run a matching round over the open referrals of some municipalities",
            description = "Finds the assignment with the maximum total score within the mentors' free seats, keeps referrals with a chosen mentor pinned, caps what one mentor may take, and leaves one proposal per referral for caseworkers to choose one by one.")
    @APIResponse(responseCode = "201", description = "The round; its proposals are under /proposals",
            content = @Content(schema = @Schema(implementation = RoundResponse.class)))
    public Response run(@Valid @NotNull RoundRequest request, @Context UriInfo uri) {
        MatchingRound round = runMatchingRound.run(request.municipalities(),
                request.maxReferralsPerMentor() == null ? config.roundLoadCap() : request.maxReferralsPerMentor());
        return Response.created(uri.getAbsolutePathBuilder().path(round.id().toString()).build())
                .entity(RoundResponse.from(round)).build();
    }

    @GET
    @Operation(operationId = "listMatchingRounds", summary = "The matching rounds over the caller's municipalities",
            description = "Newest first; a round is listed when the caller acts for every municipality it covered.")
    @APIResponse(responseCode = "200", description = "A page of rounds")
    public Page<RoundResponse> list(@BeanParam PageParameters paging) {
        return findRounds.recent(paging.request(), RoundResponse::from);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getMatchingRound", summary = "Get a matching round")
    @APIResponse(responseCode = "200", description = "The round",
            content = @Content(schema = @Schema(implementation = RoundResponse.class)))
    public RoundResponse get(@Parameter(description = "The round's id") @PathParam("id") UUID id) {
        return RoundResponse.from(findRounds.byId(id));
    }

    @GET
    @Path("{id}/proposals")
    @Operation(operationId = "listRoundProposals", summary = "The proposals of a round", description = "Highest score first, then by id.")
    @APIResponse(responseCode = "200", description = "A page of proposals")
    public Page<ProposalResponse> proposals(@Parameter(description = "The round's id") @PathParam("id") UUID id,
            @BeanParam PageParameters paging) {
        return findRounds.proposals(id, paging.request(), ProposalResponse::from);
    }

    @Schema(name = "MatchingRoundRequest", description = "Which municipalities' open referrals the round covers.")
    public record RoundRequest(
            @Schema(description = "Kommunekoder; the coordinator must act for each.", example = "[\"0751\", \"0746\"]")
            @NotEmpty @Size(max = 98) List<@NotNull @Pattern(regexp = "[0-9]{4}") String> municipalities,
            @Schema(description = "How many referrals one mentor may take in this round (default from configuration).", example = "2")
            @Min(1) @Max(50) Integer maxReferralsPerMentor) {
    }

    @Schema(name = "MatchingRound", description = "A round's figures.")
    public record RoundResponse(
            @Schema(description = "The round's id.", example = "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f") UUID id,
            @Schema(description = "The municipalities covered.", example = "[\"0751\"]") List<String> municipalities,
            @Schema(description = "The cap per mentor.", example = "2") int maxReferralsPerMentor,
            @Schema(description = "Referrals in the round (open, waiting, or with a chosen mentor).", example = "40") int referrals,
            @Schema(description = "Mentors with a free seat serving those municipalities.", example = "60") int mentors,
            @Schema(description = "Feasible referral-mentor pairs.", example = "900") int feasiblePairs,
            @Schema(description = "Referrals kept with their chosen mentor.", example = "3") int pinned,
            @Schema(description = "New proposals made.", example = "35") int proposed,
            @Schema(description = "Total score of the assignment, pinned pairs included.", example = "2150.500") BigDecimal totalScore,
            @Schema(description = "Solver time in milliseconds.", example = "4") long solveMillis,
            @Schema(description = "Who ran it.", example = "coordinator-aarhus") String startedBy,
            @Schema(description = "When.", example = "2026-11-23T10:00:00Z") Instant startedAt) {

        static RoundResponse from(MatchingRound r) {
            return new RoundResponse(r.id(), r.municipalities(), r.loadCap(), r.referrals(), r.mentors(), r.feasiblePairs(),
                    r.pinned(), r.proposed(), BigDecimal.valueOf(r.totalScoreMilli(), 3), r.solveMillis(), r.startedBy(),
                    r.startedAt());
        }
    }
}
