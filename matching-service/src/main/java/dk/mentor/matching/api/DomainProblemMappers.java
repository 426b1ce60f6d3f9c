package dk.mentor.matching.api;

import dk.mentor.kit.problem.ProblemType;
import dk.mentor.kit.problem.Problems;
import dk.mentor.matching.domain.RuleViolation;
import dk.mentor.matching.domain.StateConflict;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The domain's refusals as problems: a broken rule is 422, a change that does not fit the state is 409. */
public class DomainProblemMappers {

    @ServerExceptionMapper
    public Response rule(RuleViolation e, UriInfo uri) {
        return Problems.response(ProblemType.RULE_VIOLATED, e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response state(StateConflict e, UriInfo uri) {
        return Problems.response(ProblemType.CONFLICT, e.getMessage(), uri);
    }
}
