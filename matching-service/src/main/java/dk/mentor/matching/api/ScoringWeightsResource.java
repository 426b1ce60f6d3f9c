package dk.mentor.matching.api;

import dk.mentor.kit.access.Roles;
import dk.mentor.kit.api.Versions;
import dk.mentor.kit.problem.ProblemException;
import dk.mentor.matching.application.ManageWeights;
import dk.mentor.matching.domain.ranking.Criterion;
import dk.mentor.matching.domain.ranking.Weights;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/scoring-weights/{municipality}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "scoring-weights", description = "How much each criterion counts in a municipality's ranking, versioned")
public class ScoringWeightsResource {

    @Inject
    ManageWeights manageWeights;

    @GET
    @RolesAllowed({Roles.CASEWORKER, Roles.COORDINATOR})
    @Operation(operationId = "getScoringWeights", summary = "The weights a municipality ranks with now", description = "The ETag is the municipality's own version (0 while it uses the defaults).")
    @APIResponse(responseCode = "200", description = "The weights",
            content = @Content(schema = @Schema(implementation = WeightsResponse.class)))
    public Response get(@Parameter(description = "Kommunekode", example = "0751") @PathParam("municipality") String municipality) {
        return answer(manageWeights.current(municipality), municipality);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "setScoringWeights", summary = "Set new weights for a municipality", description = "Adds a version; earlier proposals keep naming the version that ranked them.")
    @APIResponse(responseCode = "200", description = "The new version",
            content = @Content(schema = @Schema(implementation = WeightsResponse.class)))
    public Response put(@Parameter(description = "Kommunekode", example = "0751") @PathParam("municipality") String municipality,
                        @Parameter(description = "The ETag of the weights read") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        @Valid @NotNull WeightsRequest request) {
        Map<Criterion, Integer> points = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            Integer value = request.points().get(c.name());
            if (value == null || value < 0 || value > Weights.MAX_POINTS) {
                throw ProblemException.invalidField("points." + c.name(), "must be given, 0.." + Weights.MAX_POINTS);
            }
            points.put(c, value);
        }
        if (request.points().keySet().stream().anyMatch(k -> points.keySet().stream().noneMatch(c -> c.name().equals(k)))) {
            throw ProblemException.invalidField("points", "names an unknown criterion; known: " + points.keySet());
        }
        return answer(manageWeights.change(municipality, ifMatch, points), municipality);
    }

    private static Response answer(Weights weights, String municipality) {
        return Versions.ok(WeightsResponse.from(weights), ManageWeights.etagVersion(weights, municipality));
    }

    @Schema(name = "ScoringWeightsChange", description = "Points at full fit per criterion; every criterion must be given.")
    public record WeightsRequest(
            @Schema(description = "Criterion name to points (0..1000).", example = "{\"TARGET_GROUPS\":30,\"NEEDS\":25,\"LANGUAGES\":20,\"AREA\":10,\"MENTOR_GENDER\":15,\"BACKGROUND\":15,\"MEETING_PLACE\":10,\"MEETING_WINDOW\":15,\"PREVIOUS_MENTOR\":20,\"FREE_CAPACITY\":5,\"URGENCY\":25}")
            @NotNull Map<String, Integer> points) {
    }

    @Schema(name = "ScoringWeights", description = "One version of a municipality's weights.")
    public record WeightsResponse(
            @Schema(description = "The municipality, or 'default' for the product's weights.", example = "0751") String scope,
            @Schema(description = "The version.", example = "1") int version,
            @Schema(description = "Criterion name to points at full fit.", example = "{\"TARGET_GROUPS\":30}") Map<String, Integer> points) {

        static WeightsResponse from(Weights w) {
            Map<String, Integer> points = new java.util.TreeMap<>();
            w.points().forEach((c, p) -> points.put(c.name(), p));
            return new WeightsResponse(w.scope(), w.version(), points);
        }
    }
}
