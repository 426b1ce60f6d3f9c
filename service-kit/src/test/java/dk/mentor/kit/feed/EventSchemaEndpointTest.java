package dk.mentor.kit.feed;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.mentor.kit.support.ProblemAssertions;
import dk.mentor.testing.infra.TestInfraResource;
import dk.mentor.testing.tokens.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The kit's test application publishes no type of the contracts, so it lists none. */
@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "kit"))
class EventSchemaEndpointTest {

    private static final String PATH = "/api/v1/event-schemas";

    @Test
    void shouldServeAnyAuthenticatedCaller() {
        Response response = given().header("Authorization", TestTokens.user("anyone").municipalities("0751").bearer()).get(PATH);

        assertEquals(200, response.statusCode());
        assertEquals(List.of(), response.jsonPath().getList("$"));
        ProblemAssertions.assertProblem(given().get(PATH), 401, "unauthenticated", PATH);
    }

    @Test
    void shouldAnswerATypeItDoesNotPublishWith404() {
        String path = PATH + "/dk.mentor.followup.PlanOpened.v1";
        ProblemAssertions.assertProblem(given().header("Authorization", TestTokens.user("anyone").bearer()).get(path),
                404, "not-found", path);
    }
}
