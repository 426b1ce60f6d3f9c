package dk.mentor.kit.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A request that failed because the database cannot be reached answers 503 with Retry-After: the
 * request was fine and may simply be sent again, unlike after a 500. Readiness reports the database
 * DOWN at the same time, so a load balancer stops sending traffic.
 */
public class DatabaseUnavailableMapper {

    /** Seconds a client should wait; PostgreSQL restarts in a few, and the pool reconnects at once. */
    public static final String RETRY_AFTER_SECONDS = "5";
    private static final Logger LOG = Logger.getLogger(DatabaseUnavailableMapper.class);

    @ServerExceptionMapper
    public Response unreachable(JDBCConnectionException e, UriInfo uri) {
        return unavailable(e, uri);
    }

    /**
     * Hibernate reports a connection that could not be acquired, e.g. after the pool's acquisition
     * timeout, as a generic JDBC error; any other generic JDBC error stays the unexpected error it is.
     */
    @ServerExceptionMapper
    public Response generic(GenericJDBCException e, UriInfo uri) {
        return DatabaseOutage.isCause(e) ? unavailable(e, uri) : new FrameworkProblemMappers().unexpected(e, uri);
    }

    private static Response unavailable(RuntimeException e, UriInfo uri) {
        // no stack trace per request: readiness and the outbox relay already report the outage
        LOG.debugf("database unreachable on %s: %s", uri == null ? "?" : uri.getRequestUri().getRawPath(), e.getMessage());
        return Response.fromResponse(Problems.response(ProblemType.UNAVAILABLE,
                        "The service cannot reach its database right now; retry the request later", uri))
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }
}
