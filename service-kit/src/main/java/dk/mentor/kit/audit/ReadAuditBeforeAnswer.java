package dk.mentor.kit.audit;

import dk.mentor.kit.problem.DatabaseUnavailableMapper;
import dk.mentor.kit.problem.ProblemType;
import dk.mentor.kit.problem.Problems;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Holds a read's answer until its audit entries are committed, so no data leaves the service without
 * the record of who saw it. A read whose entry could not be written answers 503 instead of its data.
 * Response filters run in descending priority: this one runs before {@code ProblemCounter}, which
 * then counts the 503.
 */
@Provider
@Priority(Priorities.USER + 100)
public class ReadAuditBeforeAnswer implements ContainerResponseFilter {

    @Inject
    PendingReadAudits pending;

    @ConfigProperty(name = "mentor.audit.read-write-timeout")
    Duration timeout;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!pending.awaitWritten(timeout.plusSeconds(1))) {
            Response problem = Problems.response(ProblemType.UNAVAILABLE,
                    "The service cannot write its audit log right now; retry the request later", request.getUriInfo());
            response.setStatus(problem.getStatus());
            response.setEntity(problem.getEntity(), new Annotation[0], problem.getMediaType());
            response.getHeaders().putSingle(HttpHeaders.RETRY_AFTER, DatabaseUnavailableMapper.RETRY_AFTER_SECONDS);
        }
    }
}
