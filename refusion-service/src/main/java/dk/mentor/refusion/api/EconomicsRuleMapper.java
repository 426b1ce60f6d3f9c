package dk.mentor.refusion.api;

import dk.mentor.kit.problem.ProblemType;
import dk.mentor.kit.problem.Problems;
import dk.mentor.refusion.domain.EconomicsRuleException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Economics rules broken by a well-formed request answer 422 with the reason. */
public class EconomicsRuleMapper {

    @ServerExceptionMapper
    public Response ruleBroken(EconomicsRuleException e, UriInfo uri) {
        return Problems.response(ProblemType.RULE_VIOLATED, e.getMessage(), uri);
    }
}
