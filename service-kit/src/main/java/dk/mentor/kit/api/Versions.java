package dk.mentor.kit.api;

import dk.mentor.kit.problem.ProblemException;
import dk.mentor.kit.problem.ProblemType;
import jakarta.ws.rs.core.EntityTag;

/** Optimistic locking over HTTP: the version is the ETag, and writes must name it in If-Match. */
public final class Versions {

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** 428 when If-Match is missing, 412 when it names another version than the current one. */
    public static void requireMatch(String ifMatch, long currentVersion, String what, Object id) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag of the " + what + " you read, so a concurrent change is not overwritten");
        }
        String expected = "\"" + currentVersion + "\"";
        String given = ifMatch.trim().startsWith("W/") ? ifMatch.trim().substring(2) : ifMatch.trim();
        if (!given.equals(expected) && !given.equals("*")) {
            throw ProblemException.staleWrite(what, id);
        }
    }
}
