package dk.mentor.followup.api;

import dk.mentor.kit.api.Versions;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Answers that carry the version of what they show as ETag, for the client to send back in If-Match. */
final class Versioned {

    private Versioned() {
    }

    static Response ok(Object entity, long version) {
        return Response.ok(entity).tag(Versions.etag(version)).build();
    }

    static Response created(URI location, Object entity, long version) {
        return Response.created(location).tag(Versions.etag(version)).entity(entity).build();
    }
}
