package dk.mentor.refusion.api;

import dk.mentor.kit.access.Roles;
import dk.mentor.kit.idempotency.Idempotent;
import dk.mentor.refusion.application.Rejudge;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Re-judging posted lines after the rules or agreed terms changed, by a finance officer. */
@Path("/api/v1/rejudgements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "economy", description = "The expense ledger, ceilings and inter-municipal settlement of a municipality")
public class RejudgementResource {

    @Inject
    Rejudge rejudge;

    @POST
    @Idempotent
    @RolesAllowed(Roles.FINANCE_OFFICER)
    @Operation(operationId = "rejudge", summary = "Re-judge posted meeting, training and fee lines of a period",
            description = "Prices the municipality's posted meeting lines of the period again under today's rules and the"
                    + " mentorships' agreed terms, and judges its training and fee lines again under today's rules (their"
                    + " amounts stay; the rate, ceiling and account may change). PREVIEW (default) returns the difference per line and writes nothing;"
                    + " APPLY posts a reversal and a new line for each changed line (audited), so a second APPLY changes"
                    + " nothing. A line on a submitted claim stays there: its correction is unclaimed and goes on the next"
                    + " claim of the period. A line on a draft claim refuses APPLY with 409. Accepts Idempotency-Key.")
    @APIResponse(responseCode = "200", description = "The differences, previewed or applied",
            content = @Content(schema = @Schema(implementation = RejudgementResponse.class)))
    @APIResponse(responseCode = "409", description = "A draft claim holds lines that would change")
    public Response rejudge(@NotNull RejudgementRequest request) {
        // a Response, not the record: a replayed Idempotency-Key answers with the stored response
        return Response.ok(RejudgementResponse.from(rejudge.run(request.toCommand()))).build();
    }
}
