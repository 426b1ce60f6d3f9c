package dk.mentor.kit.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Builds problem responses; the one place that sets the media type. */
public final class Problems {

    private Problems() {
    }

    public static Response response(ProblemType type, String detail, UriInfo uri) {
        return response(type, detail, List.of(), uri);
    }

    public static Response response(ProblemType type, String detail, List<Problem.FieldError> errors, UriInfo uri) {
        return response(type, type.status(), detail, errors, uri);
    }

    /** For a status the framework chose that has no type of its own (410, 429, ...): the body says the real status. */
    public static Response response(ProblemType type, int status, String detail, List<Problem.FieldError> errors,
                                    UriInfo uri) {
        Problem problem = new Problem(type.uri(), type.title(), status, detail, path(uri), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
