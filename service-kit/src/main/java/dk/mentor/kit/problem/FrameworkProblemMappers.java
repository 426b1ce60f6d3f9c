package dk.mentor.kit.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import dk.mentor.contracts.ids.NewIds;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpClosedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.List;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Problems the framework raises (unknown paths, wrong methods, security, lost updates, bugs),
 * turned into the same problem format. No stack trace or exception message of an unexpected
 * error ever reaches the client; the log holds it under an error id the client is given.
 */
public class FrameworkProblemMappers {

    private static final Logger LOG = Logger.getLogger(FrameworkProblemMappers.class);

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return RequestProblemMappers.jsonProblem(json, uri); // the reader wrapped an unreadable body
            }
        }
        int status = e.getResponse().getStatus();
        return Problems.response(ProblemType.forStatus(status), status, detailFor(status, uri), List.of(), uri);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(Problems.response(ProblemType.UNAUTHENTICATED,
                        "A valid bearer token is required", uri))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Problems.response(ProblemType.FORBIDDEN, "Your role does not allow this operation", uri);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response lostUpdate(RuntimeException e, UriInfo uri) {
        return Problems.response(ProblemType.STALE_WRITE,
                "The resource was changed by someone else at the same time; read it again and retry", uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        Response constraint = constraintProblem(e, uri);
        if (constraint != null) {
            return constraint;
        }
        Response data = dataProblem(e, uri);
        if (data != null) {
            return data;
        }
        if (clientWentAway(e)) {
            LOG.debugf("the client closed the connection before its request body arrived, on %s", path(uri));
            return Problems.response(ProblemType.MALFORMED_REQUEST, "The request body did not arrive in full", uri);
        }
        String errorId = NewIds.next().toString();
        LOG.errorf(e, "unexpected error %s on %s", errorId, path(uri));
        return Problems.response(ProblemType.INTERNAL_ERROR,
                "Something went wrong on our side; quote error id " + errorId, uri);
    }

    /**
     * A database constraint that stopped a write, however deeply the transaction wrapped it. A unique
     * or exclusion violation is two requests racing for the same thing (the application checks first,
     * so only a concurrent request gets here): 409. Any other violation means a rule the application
     * should have checked; the write was rolled back, so it is a 422, logged so the check gets added.
     */
    private static Response constraintProblem(Throwable e, UriInfo uri) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation) {
                String state = violation.getSQLState();
                if ("23505".equals(state) || "23P01".equals(state)) {
                    return Problems.response(ProblemType.CONFLICT,
                            "A concurrent request made the same change first; read the current state and retry", uri);
                }
                LOG.warnf("constraint %s (SQL state %s) stopped a write the application let through",
                        violation.getConstraintName(), state);
                return Problems.response(ProblemType.RULE_VIOLATED,
                        "The change breaks a rule of the stored data and was not applied", uri);
            }
        }
        return null;
    }

    /**
     * A value the database cannot hold (SQL state class 22: a date or number out of its range, text
     * too long, a character it cannot store such as a NUL that came in other than as JSON), which
     * the request's validation let through: the client sent it, so 400, logged so
     * that the validation gets a bound. Nothing was stored, as the statement failed.
     */
    private static Response dataProblem(Throwable e, UriInfo uri) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                LOG.warnf("a value the validation let through does not fit the database (SQL state %s) on %s",
                        sql.getSQLState(), path(uri));
                return Problems.response(ProblemType.VALIDATION_FAILED,
                        "A value in the request is outside what can be stored", uri);
            }
        }
        return null;
    }

    /**
     * A client that closed its connection while its body was still being read (a caller that gave up, a
     * load tool stopping mid-request): nothing failed here and no one reads the answer, so it is neither
     * logged as an error nor counted as a 500.
     */
    private static boolean clientWentAway(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof HttpClosedException) {
                return true;
            }
        }
        return false;
    }

    private static String path(UriInfo uri) {
        return uri == null ? "?" : uri.getRequestUri().getRawPath();
    }

    private static String detailFor(int status, UriInfo uri) {
        return switch (status) {
            case 404 -> "Nothing is found at " + (uri == null ? "this path" : uri.getRequestUri().getRawPath());
            case 405 -> "This path does not support that method";
            case 406 -> "This resource answers only in application/json";
            case 415 -> "Send the request body as application/json";
            default -> Response.Status.fromStatusCode(status) != null
                    ? Response.Status.fromStatusCode(status).getReasonPhrase() : "HTTP " + status;
        };
    }
}
