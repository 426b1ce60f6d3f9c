package dk.mentor.dashboard.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.dashboard.testing.StandInServices;
import dk.mentor.dashboard.testing.StandInServices.Answer;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The admin's dead letters: every service asked at once, one that is down greyed out alone, and replays told as they went. */
class DeadLetterQueriesTest {

    private static final UUID LETTER = UUID.randomUUID();

    @Test
    void allServicesInOneListAndTheOneThatIsDownGreyedOut() {
        String page = """
                {"items":[{"id":"%s","consumer":"matching-service.mentor-events","eventType":"dk.mentor.catalog.MentorRegistered.v1",
                 "attempts":3,"error":"boom","failedAt":"2026-12-03T09:15:00+01:00","partition":0,"offset":42}],
                 "page":0,"size":200,"totalItems":1}""".formatted(LETTER);
        String empty = "{\"items\":[],\"page\":0,\"size\":200,\"totalItems\":0}";
        try (StandInServices catalog = new StandInServices(r -> new Answer(200, empty));
             StandInServices followup = new StandInServices(r -> new Answer(200, page));
             StandInServices refusion = new StandInServices(r -> new Answer(200, empty))) {
            DeadLetterQueries queries = new DeadLetterQueries(StandInServices.client(catalog.url(), StandInServices.downUrl(),
                    followup.url(), refusion.url()));

            List<ServiceDeadLetters> all = queries.deadLetters("WAITING", "token");

            assertEquals(List.of("catalog", "matching", "followup", "refusion"), all.stream().map(ServiceDeadLetters::service).toList());
            assertFalse(all.get(1).letters().isAvailable());
            assertEquals("unavailable_matching", all.get(1).letters().messageKey());
            assertEquals(1, all.get(2).letters().value().size());
            assertTrue(all.get(2).letters().value().get(0).waiting());
            assertEquals("/api/v1/dead-letters?state=WAITING&size=200", followup.received().get(0).pathAndQuery());
        }
    }

    @Test
    void aReplayIsToldAsItWent() {
        try (StandInServices followup = new StandInServices(r -> switch (r.header("Idempotency-Key")) {
            case "applied" -> new Answer(200, "{\"outcome\":\"APPLIED\",\"deadLetter\":{}}");
            case "already" -> new Answer(200, "{\"outcome\":\"ALREADY_APPLIED\",\"deadLetter\":{}}");
            case "again" -> new Answer(409, "{\"status\":409,\"detail\":\"still failing\"}");
            default -> new Answer(404, "{\"status\":404}");
        })) {
            String down = StandInServices.downUrl();
            DeadLetterQueries queries = new DeadLetterQueries(StandInServices.client(down, down, followup.url(), down));

            assertEquals(new ReplayOutcome(true, "replay_applied"), queries.replay("followup", LETTER, "applied", "t"));
            assertEquals(new ReplayOutcome(true, "replay_already_applied"), queries.replay("followup", LETTER, "already", "t"));
            assertEquals(new ReplayOutcome(false, "replay_fails_again"), queries.replay("followup", LETTER, "again", "t"));
            assertEquals(new ReplayOutcome(false, "replay_not_found"), queries.replay("followup", LETTER, "gone", "t"));
            assertEquals(new ReplayOutcome(false, "unavailable_matching"), queries.replay("matching", LETTER, "applied", "t"));
            assertEquals(new ReplayOutcome(false, "replay_not_found"), queries.replay("no-such-service", LETTER, "applied", "t"));
            assertEquals("/api/v1/dead-letters/" + LETTER + "/replay", followup.received().get(0).pathAndQuery());
            assertEquals("POST", followup.received().get(0).method());
        }
    }
}
