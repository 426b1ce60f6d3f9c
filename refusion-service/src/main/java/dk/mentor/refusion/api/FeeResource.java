package dk.mentor.refusion.api;

import dk.mentor.kit.access.Roles;
import dk.mentor.kit.idempotency.Idempotent;
import dk.mentor.refusion.application.PostFee;
import dk.mentor.refusion.domain.ExpenseLine;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Fees the municipality paid, posted by its finance officers into the ledger. */
@Path("/api/v1/fees")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "economy", description = "The expense ledger, ceilings and inter-municipal settlement of a municipality")
public class FeeResource {

    @Inject
    PostFee postFee;

    @POST
    @Idempotent
    @RolesAllowed(Roles.FINANCE_OFFICER)
    @Operation(operationId = "postFee", summary = "Post a fee", description = "A FEE line judged by the rule in force on its date; accepts Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Posted; Location names the ledger line",
            content = @Content(schema = @Schema(implementation = ExpenseLineResponse.class)))
    public Response post(@Valid @NotNull FeeRequest request) {
        ExpenseLine line = postFee.post(request.toCommand());
        return Response.created(UriBuilder.fromPath("/api/v1/expense-lines/{id}").build(line.id()))
                .entity(ExpenseLineResponse.from(line)).build();
    }
}
