package dk.mentor.kit.idempotency;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** What a completed idempotent request answered, kept so a retry gets the same answer. */
record StoredResponse(int status, String location, String etag, String body) {

    Response replay() {
        Response.ResponseBuilder builder = Response.status(status).header(Idempotent.REPLAYED_HEADER, "true");
        if (location != null) {
            builder.location(URI.create(location));
        }
        if (etag != null) {
            builder.header(HttpHeaders.ETAG, etag);
        }
        if (body != null) {
            builder.entity(body).type(MediaType.APPLICATION_JSON_TYPE);
        }
        return builder.build();
    }
}
