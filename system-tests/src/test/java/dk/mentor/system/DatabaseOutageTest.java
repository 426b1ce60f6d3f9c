package dk.mentor.system;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.startsWith;

/**
 * PostgreSQL stops under the running suite: every service answers its API with a fast 503 problem
 * and reports itself not ready (but alive); when PostgreSQL is back on the same port and data, every
 * service recovers by itself, and the events written just before the stop still arrive, once.
 */
class DatabaseOutageTest extends SuiteTest {

    private static final Duration FAST = Duration.ofSeconds(2);
    private static final Duration RECOVERY = Duration.ofSeconds(30);
    private static final String AUDITOR = "auditor-aarhus";
    private static final String AUDIT_ENTRIES = "/api/v1/audit-entries";

    @Test
    void shouldAnswer503WhileTheDatabaseIsDownAndRecoverWithoutLosingAnEvent() {
        String auditor = suite.token(AUDITOR);
        suite.token("coordinator-aarhus"); // tokens first: they must not be what a slow answer waits for
        List<UUID> mentors = new ArrayList<>();
        try {
            // the last writes race the stop: their events may still be in the outbox or on their way to matching
            for (int i = 0; i < 3; i++) {
                mentors.add(api.register("coordinator-aarhus", "0751"));
            }
            Instant stopping = Instant.now();
            suite.stopPostgres();
            Figures.record("PostgreSQL fast shutdown", Duration.between(stopping, Instant.now()).toMillis() + " ms");

            List<Long> latencies = new ArrayList<>();
            for (String service : Suite.SERVICES) {
                latencies.add(assertUnavailable(service, given().auth().oauth2(auditor), "GET", AUDIT_ENTRIES));
            }
            latencies.add(assertUnavailable("catalog-service", api.as("coordinator-aarhus", suite.catalog())
                    .contentType(ContentType.JSON).body(Map.of("displayName", "Mentor during an outage", "kind", "VOLUNTEER",
                            "homeMunicipality", "0751", "legalBases", List.of("LAB_167"), "capacityCitizens", 1,
                            "capacityHoursPerWeek", 2)), "POST", "/api/v1/mentors"));
            Figures.record("API answer while PostgreSQL is down (503)", Figures.p50p99(latencies));
            for (String service : Suite.SERVICES) {
                await(service + " not ready").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                        .until(() -> health(service, "/q/health/ready").statusCode() == 503);
                Response live = health(service, "/q/health/live");
                assertThat(service + " stays alive", live.statusCode(), equalTo(200));
            }

            Instant back = Instant.now();
            suite.startPostgres();
            Figures.record("PostgreSQL restart on the same data", Duration.between(back, Instant.now()).toMillis() + " ms");
            Map<String, Long> recovered = new LinkedHashMap<>();
            for (String service : Suite.SERVICES) {
                await(service + " answering again").atMost(RECOVERY.minus(Duration.between(back, Instant.now())))
                        .pollInterval(Duration.ofMillis(100))
                        .until(() -> given().baseUri(suite.service(service).baseUrl()).auth().oauth2(auditor)
                                .get(AUDIT_ENTRIES).statusCode() == 200);
                recovered.put(service, Duration.between(back, Instant.now()).toMillis());
                await(service + " ready again").atMost(RECOVERY).pollInterval(Duration.ofMillis(200))
                        .until(() -> health(service, "/q/health/ready").statusCode() == 200);
            }
            Figures.record("PostgreSQL back -> every service answers 200", recovered.values().stream().mapToLong(Long::longValue).max().orElseThrow() + " ms");

            mentors.add(api.register("coordinator-aarhus", "0751")); // writes work again, and their events flow
            for (UUID mentor : mentors) {
                assertThat(api.awaitCandidate("coordinator-aarhus", mentor).getInt("eventsApplied"), equalTo(1));
                CatalogTopic.onlyRegistrationFor(suite, mentor);
            }
            Figures.record("PostgreSQL back -> held events all in matching", Duration.between(back, Instant.now()).toMillis() + " ms");
            await("every outbox drained").atMost(RECOVERY).pollInterval(Duration.ofMillis(200))
                    .until(() -> unsentOutboxRows() == 0);
        } finally {
            suite.heal();
        }
    }

    /** Sends the request, asserts the 503 problem with Retry-After within {@link #FAST}, and returns the milliseconds. */
    private static long assertUnavailable(String service, io.restassured.specification.RequestSpecification request,
                                          String method, String path) {
        Instant sent = Instant.now();
        Response response = request.baseUri(suite.service(service).baseUrl()).request(method, path);
        long millis = Duration.between(sent, Instant.now()).toMillis();
        String where = method + " " + path + " on " + service;
        assertThat(where + ": " + response.asString(), response.statusCode(), equalTo(503));
        assertThat(where, response.contentType(), startsWith(MentorApi.PROBLEM_JSON));
        assertThat(where, response.jsonPath().getString("type"), equalTo("https://mentor.example/problems/unavailable"));
        assertThat(where, response.header("Retry-After"), not(emptyOrNullString()));
        assertThat(where + " answered in " + millis + " ms", millis, lessThan(FAST.toMillis()));
        return millis;
    }

    private static Response health(String service, String path) {
        return given().baseUri(suite.service(service).baseUrl()).get(path);
    }

    private static long unsentOutboxRows() throws SQLException {
        long unsent = 0;
        try (Connection c = DriverManager.getConnection(suite.databaseUrl(), "postgres", ""); Statement st = c.createStatement()) {
            for (String schema : List.of("catalog", "matching", "followup", "refusion")) {
                try (ResultSet rs = st.executeQuery("select count(*) from " + schema + ".outbox_message where sent_at is null")) {
                    rs.next();
                    unsent += rs.getLong(1);
                }
            }
        }
        return unsent;
    }
}
