package dk.mentor.kit.api;

import dk.mentor.kit.problem.ProblemException;
import dk.mentor.kit.problem.ProblemType;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;

/** Optimistic locking over HTTP: the version is the ETag, and writes must name it in If-Match. */
public final class Versions {

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** 200 with the representation and its version as ETag, for the client to send back in If-Match. */
    public static Response ok(Object entity, long version) {
        return Response.ok(entity).tag(etag(version)).build();
    }

    /** 201 with Location, the representation and its version as ETag. */
    public static Response created(URI location, Object entity, long version) {
        return Response.created(location).tag(etag(version)).entity(entity).build();
    }

    /**
     * 428 when If-Match is missing, 412 when none of its tags is the current version. If-Match uses
     * strong comparison (RFC 9110 §13.1.1), so a weak tag never matches; "*" matches any version.
     */
    public static void requireMatch(String ifMatch, long currentVersion, String what, Object id) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag of the " + what + " you read, so a concurrent change is not overwritten");
        }
        String expected = "\"" + currentVersion + "\"";
        boolean matches = Arrays.stream(ifMatch.split(",")).map(String::trim)
                .anyMatch(tag -> tag.equals(expected) || tag.equals("*"));
        if (!matches) {
            throw ProblemException.staleWrite(what, id);
        }
    }
}
