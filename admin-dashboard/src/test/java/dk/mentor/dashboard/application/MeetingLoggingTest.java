package dk.mentor.dashboard.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mentor.dashboard.testing.StandInServices;
import dk.mentor.dashboard.testing.StandInServices.Answer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Logging a meeting from the plan page: the form's key goes to followup-service as the
 * Idempotency-Key, what was typed goes as the service's MeetingRequest, and the service's problem
 * comes back as the fields it names, each with its Danish message key.
 */
class MeetingLoggingTest {

    private static final UUID PLAN = UUID.randomUUID();
    private static final UUID PARTICIPANT = UUID.randomUUID();

    @Test
    void theFormsKeyAndWhatWasTypedGoToTheService() throws Exception {
        try (StandInServices followup = new StandInServices(r -> new Answer(201, "{\"meetingId\":\"" + UUID.randomUUID() + "\"}"))) {
            MeetingOutcome outcome = logging(followup).log(PLAN, input("50", Map.of("LAB_167", "30", "SEL_85", "20", "INL_23D", " ")),
                    "form-key-1", "token");

            assertTrue(outcome.logged());
            StandInServices.Received sent = followup.received().get(0);
            assertEquals("POST", sent.method());
            assertEquals("/api/v1/plans/" + PLAN + "/meetings", sent.pathAndQuery());
            assertEquals("form-key-1", sent.header("Idempotency-Key"));
            assertEquals("Bearer token", sent.header("Authorization"));
            JsonNode body = new ObjectMapper().readTree(sent.body());
            assertEquals(PARTICIPANT.toString(), body.path("participantId").asText());
            assertEquals("2026-12-03", body.path("date").asText());
            assertEquals(50, body.path("durationMinutes").asInt());
            assertEquals("[{\"legalBasis\":\"LAB_167\",\"minutes\":30},{\"legalBasis\":\"SEL_85\",\"minutes\":20}]",
                    body.path("minutes").toString(), "a basis left blank is not sent");
            assertTrue(body.path("place").isMissingNode(), "a blank field is left out: the service says whether it is needed");
        }
    }

    @Test
    void theServicesProblemBecomesTheFieldsItNamesInDanish() {
        String problem = """
                {"type":"https://mentor.example/problems/rule-violated","status":422,"title":"Rule violated",
                 "errors":[{"field":"place","message":"is required for a meeting in person"},
                           {"field":"minutes","message":"split the minutes"},
                           {"field":"minutes[1].minutes","message":"at least 1"},
                           {"field":"groupSessionId","message":"not a form field"}]}""";
        try (StandInServices followup = new StandInServices(r -> new Answer(422, problem))) {
            MeetingOutcome outcome = logging(followup).log(PLAN, input("50", Map.of()), "form-key-2", "token");

            assertEquals(422, outcome.status());
            assertEquals(Map.of("place", "meeting_error_place", "minutes", "meeting_error_minutes"), outcome.fieldErrors());
            assertEquals("meeting_error_fields", outcome.formError());
        }
    }

    @Test
    void aRuleWithoutAFieldAndADuplicateInFlightAreSaidForTheWholeForm() {
        try (StandInServices followup = new StandInServices(r -> new Answer(r.header("Idempotency-Key").equals("busy") ? 409 : 422,
                "{\"status\":0}"))) {
            assertEquals("meeting_error_rule", logging(followup).log(PLAN, input("50", Map.of()), "rule", "t").formError());
            assertEquals("meeting_error_conflict", logging(followup).log(PLAN, input("50", Map.of()), "busy", "t").formError());
        }
    }

    @Test
    void aNumberThatIsNoNumberIsCaughtBeforeAnythingIsSent() {
        try (StandInServices followup = new StandInServices(r -> new Answer(201, "{}"))) {
            MeetingOutcome outcome = logging(followup).log(PLAN, input("fifty", Map.of()), "form-key-3", "token");

            assertEquals(400, outcome.status());
            assertEquals("meeting_error_durationMinutes", outcome.of("durationMinutes"));
            assertNull(outcome.of("date"));
            assertTrue(followup.received().isEmpty());
        }
    }

    @Test
    void aServiceThatIsDownLogsNothingAndSaysSo() {
        MeetingLogging logging = new MeetingLogging(StandInServices.client(StandInServices.downUrl(), StandInServices.downUrl(),
                StandInServices.downUrl(), StandInServices.downUrl()));

        MeetingOutcome outcome = logging.log(PLAN, input("50", Map.of()), "form-key-4", "token");

        assertEquals(502, outcome.status());
        assertEquals("unavailable_followup", outcome.formError());
    }

    private static MeetingLogging logging(StandInServices followup) {
        String down = StandInServices.downUrl();
        return new MeetingLogging(StandInServices.client(down, down, followup.url(), down));
    }

    private static MeetingInput input(String duration, Map<String, String> minutes) {
        return new MeetingInput(PARTICIPANT.toString(), "2026-12-03", duration, "HELD", "IN_PERSON", "", new LinkedHashMap<>(minutes), "");
    }
}
