package dk.mentor.followup.api;

import dk.mentor.followup.domain.PlanRuleException;
import dk.mentor.kit.problem.Problem;
import dk.mentor.kit.problem.ProblemType;
import dk.mentor.kit.problem.Problems;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Plan rules broken by a well-formed request answer 422 with the reason and the fields concerned. */
public class PlanRuleMapper {

    @ServerExceptionMapper
    public Response ruleBroken(PlanRuleException e, UriInfo uri) {
        return Problems.response(ProblemType.RULE_VIOLATED, e.getMessage(),
                e.issues().stream().map(i -> new Problem.FieldError(i.field(), i.message())).toList(), uri);
    }
}
