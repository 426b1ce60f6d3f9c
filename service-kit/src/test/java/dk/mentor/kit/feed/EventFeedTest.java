package dk.mentor.kit.feed;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.kit.access.Roles;
import dk.mentor.kit.support.Feed;
import dk.mentor.kit.support.ProblemAssertions;
import dk.mentor.kit.support.TestDatabase;
import dk.mentor.kit.support.Widgets;
import dk.mentor.kit.testapp.WidgetEvents;
import dk.mentor.testing.infra.TestInfraResource;
import dk.mentor.testing.tokens.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "kit"))
class EventFeedTest {

    @Inject
    TestDatabase db;

    @Test
    void shouldServeTheCallersEventsOldestFirstAsCloudEventsWithACursorToResume() {
        String start = Feed.head(db);
        String first = Widgets.create("0751");
        String foreign = Widgets.create("0101");
        String second = Widgets.create("0751");
        String bearer = Feed.integrationOf("0751");

        Response response = awaitSubjects(bearer, start, Map.of(), List.of(first, second));

        assertEquals(200, response.statusCode());
        assertTrue(response.contentType().startsWith(Feed.MEDIA_TYPE), response.contentType());
        List<Map<String, Object>> events = Feed.events(response);
        List<Object> subjects = events.stream().map(e -> e.get("subject")).toList();
        assertFalse(subjects.contains(foreign), "another municipality's event");
        assertTrue(subjects.indexOf(first) < subjects.indexOf(second), "oldest first: " + subjects);
        events.forEach(event -> assertEquals("0751", event.get("municipality")));
        Map<String, Object> event = events.get(subjects.indexOf(first));
        assertEquals("1.0", event.get("specversion"));
        assertEquals(WidgetEvents.CREATED.value(), event.get("type"));
        assertEquals("/kit-test", event.get("source"));
        assertEquals("application/json", event.get("datacontenttype"));
        assertEquals(first, ((Map<?, ?>) event.get("data")).get("widgetId"));
        assertEquals(db.rows("select event_id from outbox_message where subject = ?1", first).get(0).get("event_id").toString(),
                event.get("id"));
        assertTrue(event.get("time").toString().endsWith("Z"), event.get("time").toString());
        assertFalse(event.containsKey("dataschema"), "a type outside the contracts has no schema");
        String last = (String) events.get(events.size() - 1).get("sequence");
        assertEquals(last, response.header("Next-Cursor"));
        assertTrue(response.header("Link").contains("after=" + last) && response.header("Link").contains("rel=\"next\""),
                response.header("Link"));
        // Resuming after any event's sequence gives exactly what followed it.
        List<Object> resumed = Feed.events(Feed.after(bearer, (String) event.get("sequence"), Map.of()))
                .stream().map(e -> e.get("subject")).toList();
        assertEquals(subjects.subList(subjects.indexOf(first) + 1, subjects.size()), resumed);
    }

    @Test
    void shouldServeAnIntegrationForSeveralMunicipalitiesTheEventsOfEach() {
        String start = Feed.head(db);
        String aarhus = Widgets.create("0751");
        String copenhagen = Widgets.create("0101");
        String odense = Widgets.create("0461");

        Response response = awaitSubjects(Feed.integrationOf("0751", "0101"), start, Map.of(), List.of(aarhus, copenhagen));

        assertFalse(Feed.events(response).stream().anyMatch(e -> odense.equals(e.get("subject"))));
    }

    @Test
    void shouldFilterByType() {
        String start = Feed.head(db);
        String id = Widgets.create("0751");
        String etag = given().header("Authorization", Widgets.coordinatorOf("0751"))
                .get(Widgets.PATH + "/" + id).header("ETag");
        assertEquals(200, Widgets.change(Widgets.coordinatorOf("0751"), id, etag, Widgets.uniqueName(), 2).statusCode());
        String bearer = Feed.integrationOf("0751");
        awaitSubjects(bearer, start, Map.of(), List.of(id, id));

        List<Map<String, Object>> changed = Feed.events(Feed.after(bearer, start, Map.of("type", WidgetEvents.CHANGED.value())));
        List<Map<String, Object>> both = Feed.events(given()
                .header("Authorization", bearer).accept(Feed.MEDIA_TYPE).queryParam("after", start)
                .queryParam("type", WidgetEvents.CHANGED.value(), WidgetEvents.CREATED.value()).get(Feed.PATH));

        assertFalse(changed.isEmpty());
        changed.forEach(e -> assertEquals(WidgetEvents.CHANGED.value(), e.get("type")));
        assertTrue(changed.stream().anyMatch(e -> id.equals(e.get("subject"))));
        assertEquals(2, both.stream().filter(e -> id.equals(e.get("subject"))).count());
    }

    @Test
    void shouldServeAtMostTheLimitAndResumeAfterIt() {
        String start = Feed.head(db);
        List<String> ids = List.of(Widgets.create("0751"), Widgets.create("0751"), Widgets.create("0751"));
        String bearer = Feed.integrationOf("0751");
        awaitSubjects(bearer, start, Map.of(), ids);

        Response page = Feed.after(bearer, start, Map.of("limit", 2));
        List<Map<String, Object>> firstTwo = Feed.events(page);
        assertEquals(2, firstTwo.size());
        assertEquals(firstTwo.get(1).get("sequence"), page.header("Next-Cursor"));
        List<Map<String, Object>> rest = Feed.events(Feed.after(bearer, page.header("Next-Cursor"), Map.of("limit", 500)));

        List<Object> seen = Stream.concat(firstTwo.stream(), rest.stream()).map(e -> e.get("subject")).toList();
        assertTrue(seen.containsAll(ids), seen.toString());
        assertEquals(seen.size(), new HashSet<>(seen).size(), "no event twice: " + seen);
    }

    @Test
    void shouldKeepTheCursorWhenNothingNewIsThere() {
        String head = Feed.head(db);
        Response response = Feed.after(Feed.integrationOf("0999"), head, Map.of());

        assertEquals(200, response.statusCode());
        assertEquals(List.of(), Feed.events(response));
        assertTrue(Long.parseLong(response.header("Next-Cursor")) >= Long.parseLong(head));
    }

    @Test
    void shouldAnswerAnInvalidCursorTypeOrLimitWith400NamingTheParameter() {
        String bearer = Feed.integrationOf("0751");
        Map<String, Map<String, ?>> bad = Map.of(
                "after", Map.of("after", "abc"),
                "limit", Map.of("limit", 0),
                "type", Map.of("type", "WidgetCreated"));
        bad.forEach((parameter, query) -> {
            var body = ProblemAssertions.assertProblem(Feed.after(bearer, null, query), 400, "validation-failed", Feed.PATH);
            assertEquals(parameter, body.getString("errors[0].field"), query.toString());
        });
        ProblemAssertions.assertProblem(Feed.after(bearer, null, Map.of("limit", 501)), 400, "validation-failed", Feed.PATH);
        long beyond = db.count("select last_position from outbox_feed") + 1_000_000;
        ProblemAssertions.assertProblem(Feed.after(bearer, Long.toString(beyond), Map.of()), 400, "validation-failed", Feed.PATH);
    }

    @Test
    void shouldServeOnlyTheIntegrationRole() {
        for (String role : List.of(Roles.COORDINATOR, Roles.AUDITOR, Roles.ADMIN)) {
            String bearer = TestTokens.user("not-a-system").roles(role).municipalities("0751").bearer();
            ProblemAssertions.assertProblem(Feed.after(bearer, null, Map.of()), 403, "forbidden", Feed.PATH);
        }
        ProblemAssertions.assertProblem(given().get(Feed.PATH), 401, "unauthenticated", Feed.PATH);
    }

    /** Polls from the cursor until every subject appears as often as listed; returns that answer. */
    private static Response awaitSubjects(String bearer, String cursor, Map<String, ?> query, List<String> subjects) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> Feed.after(bearer, cursor, withLimit(query)), response -> {
            List<Object> seen = Feed.events(response).stream().map(e -> e.get("subject")).toList();
            return subjects.stream().distinct().allMatch(s -> Collections.frequency(seen, s)
                    >= Collections.frequency(subjects, s));
        });
    }

    private static Map<String, Object> withLimit(Map<String, ?> query) {
        Map<String, Object> withLimit = new HashMap<>(query);
        withLimit.putIfAbsent("limit", 500);
        return withLimit;
    }
}
