package dk.mentor.testing.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An answer may carry the headers a client acts on only where the document declares them. */
class AnswerChecksTest {

    private static final ApiOperation OPEN_PLAN = new ApiOperation("POST", "/api/v1/plans", List.of(), null, null,
            false, Set.of("caseworker"), "Plan", Map.of("201", Set.of("location", "etag"), "200", Set.of()));

    private final AnswerChecks checks = new AnswerChecks(Set.of());

    @Test
    void shouldPassDeclaredHeaders() {
        FuzzResponse created = new FuzzResponse(201, Map.of("location", List.of("/api/v1/plans/1"),
                "etag", List.of("\"0\""), "content-type", List.of("application/json")), "{}");
        assertEquals(List.of(), checks.problems(OPEN_PLAN, created));
    }

    @Test
    void shouldFailAHeaderNotDeclaredForThatStatus() {
        FuzzResponse replayed = new FuzzResponse(200, Map.of("etag", List.of("\"0\""),
                "idempotent-replayed", List.of("true"), "content-type", List.of("application/json")), "{}");
        assertEquals(List.of("header ETag not declared for 200", "header Idempotent-Replayed not declared for 200"),
                checks.problems(OPEN_PLAN, replayed));
    }

    @Test
    void shouldFailRetryAfterOnAnUndeclaredStatus() {
        FuzzResponse unavailable = new FuzzResponse(503, Map.of("retry-after", List.of("5"),
                "content-type", List.of("application/problem+json")), "{}");
        assertEquals(List.of("header Retry-After not declared for 503", "status 503"),
                checks.problems(OPEN_PLAN, unavailable));
    }
}
