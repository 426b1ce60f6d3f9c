package dk.mentor.kit.api;

import dk.mentor.contracts.codes.MunicipalityCode;
import dk.mentor.kit.access.Caller;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Tells callers who the service thinks they are: the quickest way to check a token and its claims. */
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "me", description = "The caller as seen by this service")
public class MeResource {

    @Inject
    Caller caller;

    @ConfigProperty(name = "quarkus.application.name")
    String service;

    @GET
    @Operation(operationId = "getMe", summary = "Who am I", description = "The caller's identity, roles and the municipalities they act for.")
    @APIResponse(responseCode = "200", description = "The caller")
    public Me me() {
        List<Municipality> municipalities = caller.municipalities().stream()
                .map(code -> new Municipality(code, MunicipalityCode.of(code).name())).toList();
        return new Me(service, caller.subject(), caller.username(), caller.roles(), municipalities);
    }

    @Schema(name = "Me", description = "The caller as this service sees them.")
    public record Me(
            @Schema(description = "The service that answered.", example = "catalog-service") String service,
            @Schema(description = "The token's subject (stable user id).", example = "e6a249cf-8d15-4636-bf08-1ec629ea539f") String subject,
            @Schema(description = "The user name.", example = "coordinator-aarhus") String username,
            @Schema(description = "The caller's realm roles.", example = "[\"coordinator\"]") Set<String> roles,
            @Schema(description = "The municipalities the caller acts for.") List<Municipality> municipalities) {
    }

    @Schema(name = "Municipality", description = "A Danish municipality.")
    public record Municipality(
            @Schema(description = "Four-digit municipality code (kommunekode).", example = "0751") String code,
            @Schema(description = "The municipality's name.", example = "Aarhus") String name) {
    }
}
