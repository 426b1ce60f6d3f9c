package dk.mentor.kit.feed;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mentor.kit.access.Caller;
import dk.mentor.kit.access.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The service's events over HTTP, for a case system that follows changes without Kafka (see
 * docs/architecture.md, "The events feed"). Only the integration role: the feed is a sync channel
 * for systems, and an auditor reads who did what in the audit trail, not the business events.
 */
@Path("/api/v1/events")
@RolesAllowed(Roles.INTEGRATION)
@Tag(name = "events", description = "The service's events as a feed to poll, and the JSON Schemas of their payloads")
public class EventFeedResource {

    public static final String MEDIA_TYPE = "application/cloudevents-batch+json";
    public static final String NEXT_CURSOR = "Next-Cursor";

    @Inject
    EventFeed feed;

    @Inject
    Caller caller;

    @Inject
    ObjectMapper json;

    @GET
    @Produces(MEDIA_TYPE)
    @Operation(operationId = "listEvents", summary = "Follow the service's events",
            description = "The events this service published, oldest first, as a CloudEvents JSON batch; only events"
                    + " of the caller's municipalities. Pass the Next-Cursor header (or an event's sequence) as after"
                    + " to resume; a cursor never skips an event, also across restarts. Events are kept for a limited"
                    + " time (30 days by default); an older cursor is answered 410 cursor-expired: resync with the"
                    + " list endpoints' updatedSince, then follow the feed again from its start.")
    @APIResponse(responseCode = "200", description = "The next events, possibly none",
            content = @Content(mediaType = MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = CloudEvent.class)),
            headers = {
                    @Header(name = NEXT_CURSOR, description = "The cursor to pass as after on the next call",
                            schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{1,19}$")),
                    @Header(name = "Link", description = "The next call's URI, rel=\"next\"",
                            schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "410", description = "The cursor is older than the oldest kept event (cursor-expired)")
    public Response list(
            @Parameter(description = "Resume after this cursor (Next-Cursor of the last answer, or an event's"
                    + " sequence); without it the feed starts at its oldest kept event.",
                    example = "0000000000000000042", schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{1,19}$"))
            @QueryParam(FeedCursor.PARAMETER) String after,
            @Parameter(description = "Only events of these types; repeat the parameter for several, e.g."
                    + " type=dk.mentor.followup.PlanOpened.v1&type=dk.mentor.followup.MeetingLogged.v1.")
            @QueryParam("type") List<String> types,
            @Parameter(description = "At most this many events, 1..500; default 100.", example = "100",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "500"))
            @QueryParam("limit") Integer limit,
            @Context UriInfo uri) {
        FeedPage page = feed.read(FeedQuery.of(after, types, limit, caller.municipalities()));
        String next = page.next().toString();
        URI nextUri = uri.getRequestUriBuilder().replaceQueryParam(FeedCursor.PARAMETER, next).build();
        return Response.ok(page.events().stream().map(event -> CloudEvent.of(event, json)).toList(), MEDIA_TYPE)
                .header(NEXT_CURSOR, next)
                .link(nextUri, "next")
                .build();
    }
}
