package dk.mentor.catalog.api;

import dk.mentor.catalog.domain.MentorRuleException;
import dk.mentor.kit.problem.ProblemType;
import dk.mentor.kit.problem.Problems;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Catalogue rules broken by a well-formed request answer 422 with the reason. */
public class MentorRuleMapper {

    @ServerExceptionMapper
    public Response ruleBroken(MentorRuleException e, UriInfo uri) {
        return Problems.response(ProblemType.RULE_VIOLATED, e.getMessage(), uri);
    }
}
