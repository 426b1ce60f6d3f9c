package dk.mentor.kit.testapp;

import dk.mentor.kit.access.Roles;
import dk.mentor.kit.api.Versions;
import dk.mentor.kit.idempotency.Idempotent;
import dk.mentor.kit.testapp.WidgetRequests.ChangeWidgetRequest;
import dk.mentor.kit.testapp.WidgetRequests.CreateWidgetRequest;
import dk.mentor.kit.testapp.WidgetRequests.WidgetResponse;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The test application's API: thin, one use case per endpoint, like a service's resource. */
@Path("/api/v1/widgets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class WidgetResource {

    @Inject
    CreateWidget createWidget;

    @Inject
    ReadWidget readWidget;

    @Inject
    ChangeWidget changeWidget;

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Idempotent
    @Operation(operationId = "createWidget", summary = "Create a widget")
    public Response create(@Valid @NotNull CreateWidgetRequest request, @Context UriInfo uri) {
        WidgetResponse widget = createWidget.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(widget.id().toString()).build())
                .tag(Versions.etag(widget.version())).entity(widget).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") UUID id) {
        WidgetResponse widget = readWidget.read(id);
        return Response.ok(widget).tag(Versions.etag(widget.version())).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.COORDINATOR)
    public Response change(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull ChangeWidgetRequest request) {
        WidgetResponse widget = changeWidget.change(id, ifMatch, request);
        return Response.ok(widget).tag(Versions.etag(widget.version())).build();
    }
}
