package dk.mentor.system;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * A stop (SIGTERM) while writers are busy: the requests already taken finish with their answer, later
 * ones are refused (503 or no connection), the wait for running requests ends by itself rather than at
 * the shutdown timeout, and no write happens without its answer reaching the caller. Each write carries
 * an Idempotency-Key, so after the restart a request whose answer was lost is sent again: a replayed
 * answer would mean the service did the work and dropped the answer.
 */
class GracefulStopTest extends SuiteTest {

    private static final int WRITERS = 8;
    private static final String USER = "coordinator-aarhus";

    /**
     * HTTP/1.1, as the municipal case systems call: JDK 17's HTTP/2 client fails every open stream of a
     * connection when the server announces its stop (GOAWAY), even those the server then answers.
     */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    /** What the unanswered writes got instead of an answer: a status or an exception, with counts. */
    private final Map<String, Integer> cutReasons = new ConcurrentHashMap<>();
    /** Quarkus's log line when the wait for running requests ran into the shutdown timeout. */
    private List<String> timedOut = List.of();

    @Test
    void shouldFinishRequestsInFlightAndRefuseNewOnesWhenStopped() throws Exception {
        String token = suite.token(USER);
        String base = suite.catalog().baseUrl();
        List<Write> answered = Collections.synchronizedList(new ArrayList<>());
        List<Write> refused = Collections.synchronizedList(new ArrayList<>());
        List<Write> unanswered = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try {
            for (int w = 0; w < WRITERS; w++) {
                writers.submit(() -> {
                    while (writing.get()) {
                        Write write = new Write(UUID.randomUUID().toString());
                        Outcome outcome = send(base, token, write);
                        (outcome == Outcome.CREATED ? answered : outcome == Outcome.REFUSED ? refused : unanswered).add(write);
                        if (outcome == Outcome.REFUSED) {
                            backOff();
                        }
                    }
                });
            }
            await("20 writes answered before the stop").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                    .until(() -> answered.size() >= 20);
            LogMark beforeStop = LogMark.at(suite.catalog().log());
            Instant stopping = Instant.now();
            suite.catalog().terminate();
            timedOut = beforeStop.linesSinceContaining("Timed out waiting for graceful shutdown");
            Figures.record("catalog-service stop under write load (SIGTERM to exit)",
                    Duration.between(stopping, Instant.now()).toMillis() + " ms");
            int refusedAtExit = refused.size();
            await("a writer finds the stopped service gone").atMost(Duration.ofSeconds(10))
                    .pollInterval(Duration.ofMillis(20)).until(() -> refused.size() > refusedAtExit);
            writing.set(false);
            writers.shutdown();
            assertThat(writers.awaitTermination(30, TimeUnit.SECONDS), equalTo(true));
        } finally {
            writers.shutdownNow();
            suite.heal();
        }

        List<Write> doneWithoutAnswer = new ArrayList<>();
        for (Write write : List.copyOf(unanswered)) {
            HttpResponse<String> again = post(suite.catalog().baseUrl(), suite.token(USER), write);
            if (again.headers().firstValue("Idempotent-Replayed").orElse("false").equals("true")) {
                doneWithoutAnswer.add(write);
            }
        }
        for (Write write : List.copyOf(answered)) {
            assertThat("a 201 is durable: " + write.key, api.as(USER, suite.catalog())
                    .get(write.location).statusCode(), equalTo(200));
        }
        Figures.record("graceful stop: writes answered / refused / cut before the service took them",
                answered.size() + " / " + refused.size() + " / " + (unanswered.size() - doneWithoutAnswer.size()));
        System.out.printf("graceful stop: %d writes answered, %d refused, %d cut before taken, %d done without answer;"
                        + " the unanswered got %s%n", answered.size(), refused.size(),
                unanswered.size() - doneWithoutAnswer.size(), doneWithoutAnswer.size(), cutReasons);
        assertThat(answered.size(), greaterThan(20));
        assertThat("the wait for running requests ended by itself, not at the shutdown timeout", timedOut, empty());
        assertThat("writes the service did but whose answer it dropped", doneWithoutAnswer, empty());
    }

    private Outcome send(String base, String token, Write write) {
        try {
            HttpResponse<String> response = post(base, token, write);
            if (response.statusCode() == 201) {
                write.location = URI.create(response.headers().firstValue("Location").orElseThrow()).getPath();
                return Outcome.CREATED;
            }
            if (response.statusCode() == 503) {
                return Outcome.REFUSED;
            }
            cutReasons.merge("HTTP " + response.statusCode(), 1, Integer::sum);
            return Outcome.UNANSWERED;
        } catch (ConnectException gone) {
            return Outcome.REFUSED;
        } catch (IOException cut) {
            cutReasons.merge(cut.getClass().getSimpleName(), 1, Integer::sum);
            return Outcome.UNANSWERED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.UNANSWERED;
        }
    }

    private HttpResponse<String> post(String base, String token, Write write) throws IOException, InterruptedException {
        String body = "{\"displayName\":\"Stop test " + write.key.substring(0, 8) + "\",\"kind\":\"VOLUNTEER\","
                + "\"homeMunicipality\":\"0751\",\"legalBases\":[\"LAB_167\"],\"capacityCitizens\":2,"
                + "\"capacityHoursPerWeek\":4}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/mentors"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", write.key)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A refused client waits a moment before it sends again, as Retry-After asks: pacing, not a wait for a condition. */
    private static void backOff() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private enum Outcome { CREATED, REFUSED, UNANSWERED }

    private static final class Write {
        final String key;
        volatile String location;

        Write(String key) {
            this.key = key;
        }
    }
}
