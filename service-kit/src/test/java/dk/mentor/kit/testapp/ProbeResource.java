package dk.mentor.kit.testapp;

import dk.mentor.contracts.codes.MentorKind;
import dk.mentor.contracts.rules.RuleViolation;
import dk.mentor.kit.api.PageParameters;
import dk.mentor.kit.api.PageRequest;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Endpoints that exercise the kit's conventions: typed parameters, domain refusals, documented problems. */
@Path("/api/v1/probes")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ProbeResource {

    public record Note(String text) {
    }

    public record Dated(LocalDate on) {
    }

    @GET
    @Operation(summary = "Echo typed query parameters")
    public Map<String, String> typed(@QueryParam("kind") MentorKind kind, @QueryParam("from") LocalDate from,
                                     @QueryParam("at") LocalTime at, @QueryParam("count") Integer count,
                                     @QueryParam("amount") BigDecimal amount, @QueryParam("id") UUID id) {
        return Map.of("kind", String.valueOf(kind), "from", String.valueOf(from), "at", String.valueOf(at),
                "count", String.valueOf(count), "amount", String.valueOf(amount), "id", String.valueOf(id));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Echo a typed path parameter")
    public Map<String, String> byId(@PathParam("id") UUID id) {
        return Map.of("id", id.toString());
    }

    @GET
    @Path("pages")
    @Operation(summary = "Echo the paging parameters")
    public PageRequest page(@BeanParam PageParameters paging) {
        return paging.request();
    }

    @GET
    @Path("words")
    @Operation(summary = "Echo a free-text query parameter")
    public Map<String, String> words(@QueryParam("q") String q) {
        return Map.of("q", String.valueOf(q));
    }

    @POST
    @Path("dated")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Echo a date read from a body")
    public Dated dated(Dated dated) {
        return dated;
    }

    @POST
    @Path("rule")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Break a rule")
    public Note rule(Note note) {
        throw new RuleViolation("A note must not be about " + note.text(),
                List.of(new RuleViolation.FieldIssue("text", "not this topic")));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a probe whose state does not allow it")
    public Note change(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Note note) {
        throw RuleViolation.stateConflict("The probe " + id + " is closed");
    }
}
