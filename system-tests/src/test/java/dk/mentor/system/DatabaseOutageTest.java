package dk.mentor.system;

import dk.mentor.testing.kafka.TopicReader;
import dk.mentor.testing.kafka.TopicWriter;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
    private static final Duration SLOWEST = Duration.ofSeconds(5);
    private static final int TRIES = 3;
    private static final Duration RECOVERY = Duration.ofSeconds(30);
    private static final String AUDITOR = "auditor-aarhus";
    private static final String AUDIT_ENTRIES = "/api/v1/audit-entries";

    @Test
    void shouldAnswer503WhileTheDatabaseIsDownAndRecoverWithoutLosingAnEvent() {
        String auditor = suite.token(AUDITOR);
        suite.token("coordinator-aarhus"); // tokens first: they must not be what a slow answer waits for
        List<UUID> mentors = new ArrayList<>();
        Map<String, LogMark> logs = new LinkedHashMap<>();
        Suite.SERVICES.forEach(service -> logs.put(service, LogMark.at(suite.service(service).log())));
        UUID template = api.register("coordinator-aarhus", "0751");
        api.awaitCandidate("coordinator-aarhus", template);
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
                List<Long> own = new ArrayList<>();
                for (int i = 0; i < TRIES; i++) {
                    own.add(assertUnavailable(service, given().auth().oauth2(auditor), "GET", AUDIT_ENTRIES));
                }
                assertFast(service, own);
                latencies.addAll(own);
            }
            List<Long> writes = new ArrayList<>();
            for (int i = 0; i < TRIES; i++) {
                writes.add(assertUnavailable("catalog-service", api.as("coordinator-aarhus", suite.catalog())
                        .contentType(ContentType.JSON).body(Map.of("displayName", "Mentor during an outage", "kind", "VOLUNTEER",
                                "homeMunicipality", "0751", "legalBases", List.of("LAB_167"), "capacityCitizens", 1,
                                "capacityHoursPerWeek", 2)), "POST", "/api/v1/mentors"));
            }
            assertFast("catalog-service POST", writes);
            latencies.addAll(writes);
            Figures.record("API answer while PostgreSQL is down (503)", Figures.p50p99(latencies));
            UUID held = publishRegistrationLike(template); // reaches matching's consumer while the database is down
            for (String service : Suite.SERVICES) {
                // once, at load average 20, catalog took more than 10 s to report DOWN (cause not found
                // yet); the bound is the one recovery gets, as readiness has no stated deadline
                await(service + " not ready").atMost(RECOVERY).pollInterval(Duration.ofMillis(200))
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

            UUID afterwards = api.register("coordinator-aarhus", "0751"); // writes work again, and their events flow
            for (UUID mentor : mentors) {
                // the stop may have cut a relay off after the broker's acknowledgement: sent again, applied once
                assertThat(api.awaitCandidate("coordinator-aarhus", mentor).getInt("eventsApplied"), equalTo(1));
                CatalogTopic.registrationAllowingResendsFor(suite, mentor);
            }
            assertThat(api.awaitCandidate("coordinator-aarhus", afterwards).getInt("eventsApplied"), equalTo(1));
            CatalogTopic.onlyRegistrationFor(suite, afterwards);
            // held by the consumer through the outage, neither lost nor parked as a dead letter
            assertThat(api.awaitCandidate("coordinator-aarhus", held).getInt("eventsApplied"), equalTo(1));
            Figures.record("PostgreSQL back -> held events all in matching", Duration.between(back, Instant.now()).toMillis() + " ms");
            await("every outbox drained").atMost(RECOVERY).pollInterval(Duration.ofMillis(200))
                    .until(() -> unsentOutboxRows() == 0);

            assertThat("matching's consumer warned once, not per try",
                    logs.get("matching-service").linesSinceContaining("the database cannot be reached").size(), equalTo(1));
            assertThat(logs.get("matching-service").linesSinceContaining("consuming resumed").size(), equalTo(1));
            logs.forEach((service, log) -> assertThat(service + "'s outbox relay warned at most once",
                    log.linesSinceContaining("outbox relay round failed").size(), lessThan(2)));
        } finally {
            suite.heal();
        }
    }

    /**
     * The median within {@link #FAST}, as the timeouts promise; single answers may take longer on a
     * machine whose cores other builds keep busy (measured up to 2.6 s at load 16 on 2 cores), but
     * never as long as a wait for a timeout of the driver or the pool would.
     */
    private static void assertFast(String what, List<Long> millis) {
        List<Long> sorted = millis.stream().sorted().toList();
        assertThat(what + " median of " + sorted + " ms", sorted.get(sorted.size() / 2), lessThan(FAST.toMillis()));
        assertThat(what + " slowest of " + sorted + " ms", sorted.get(sorted.size() - 1), lessThan(SLOWEST.toMillis()));
    }

    /** Sends the request, asserts the 503 problem with Retry-After, and returns the milliseconds it took. */
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
        return millis;
    }

    /**
     * Publishes a copy of the template mentor's MentorRegistered for a new mentor id, as the catalogue
     * would; only matching will know this mentor.
     */
    private static UUID publishRegistrationLike(UUID template) {
        ConsumerRecord<String, String> original = CatalogTopic.onlyRegistrationFor(suite, template);
        UUID mentor = UUID.randomUUID();
        Map<String, String> headers = new HashMap<>(TopicReader.headers(original));
        headers.put("ce_id", UUID.randomUUID().toString());
        headers.put("ce_subject", mentor.toString());
        TopicWriter.send(suite.kafka().bootstrapServers(), CatalogTopic.TOPIC, mentor.toString(),
                original.value().replace(template.toString(), mentor.toString()), headers);
        return mentor;
    }

    private static Response health(String service, String path) {
        return given().baseUri(suite.service(service).baseUrl()).get(path);
    }

    private static long unsentOutboxRows() throws SQLException {
        long unsent = 0;
        try (Connection c = DriverManager.getConnection(suite.databaseUrl(), "postgres", ""); Statement st = c.createStatement()) {
            for (String schema : List.of("catalog", "matching", "followup", "refusion")) {
                // not positioned yet, or above the relay's mark (the kit's migration V0_10)
                try (ResultSet rs = st.executeQuery("select count(*) from " + schema + ".outbox_message where feed_position is null"
                        + " or feed_position > (select sent_through from " + schema + ".outbox_relay)")) {
                    rs.next();
                    unsent += rs.getLong(1);
                }
            }
        }
        return unsent;
    }
}
