package dk.mentor.kit.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mentor.kit.problem.Problem;
import dk.mentor.kit.problem.ProblemType;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/** A problem answer written straight to the HTTP response, for requests refused before they reach an endpoint. */
final class ProblemReply {

    private ProblemReply() {
    }

    static void send(RoutingContext context, ObjectMapper json, ProblemType type, String detail) {
        String path = context.request().path();
        String instance = path != null && path.length() <= 2048 ? path : null;
        Problem problem = new Problem(type.uri(), type.title(), type.status(), detail, instance, List.of());
        try {
            context.response().setStatusCode(type.status())
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem always serialises", e);
        }
    }
}
