package dk.mentor.followup.domain;

import static dk.mentor.followup.domain.Fixtures.CASEWORKER;
import static dk.mentor.followup.domain.Fixtures.NOW;
import static dk.mentor.followup.domain.Fixtures.fields;
import static dk.mentor.followup.domain.Fixtures.messages;
import static dk.mentor.followup.domain.Fixtures.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An incident on the crisis ladder: reported at a level, escalated upwards, resolved. */
class IncidentTest {

    private static final Instant OCCURRED = NOW.minusSeconds(7200);
    private static final Instant LATER = NOW.plusSeconds(600);
    private static final String LADDER = "The crisis ladder has levels 1 to 4";

    private final UUID planId = UUID.randomUUID();

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, Incident.TOP_LEVEL})
    void shouldReportAtAnyLevelOfTheLadderTellingThoseNamed(int level) {
        Incident incident = Incident.report(planId, level, "Crisis call", OCCURRED, List.of("a", "b"), CASEWORKER, NOW);

        assertEquals(level, incident.level());
        assertEquals(planId, incident.planId());
        assertEquals("Crisis call", incident.summary());
        assertEquals(OCCURRED, incident.occurredAt());
        assertEquals(CASEWORKER, incident.recordedBy());
        assertEquals(NOW, incident.recordedAt());
        assertNull(incident.resolvedAt());
        assertEquals(List.of("a", "b"), incident.notifications().stream().map(Notification::told).toList());
        assertTrue(incident.notifications().stream().allMatch(n -> n.level() == level && n.toldAt().equals(NOW)));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, Incident.TOP_LEVEL + 1})
    void shouldRefuseReportingOffTheLadder(int level) {
        PlanRuleException refusal = refused(() -> Incident.report(planId, level, "x", OCCURRED, List.of(), CASEWORKER, NOW));

        assertEquals(LADDER, refusal.getMessage());
        assertEquals(List.of("level"), fields(refusal));
        assertEquals(List.of("must be 1 to 4"), messages(refusal));
    }

    @Test
    void shouldReportWithNobodyToldYet() {
        assertTrue(Incident.report(planId, 1, "x", OCCURRED, List.of(), CASEWORKER, NOW).notifications().isEmpty());
    }

    @Test
    void shouldEscalateOneStepUpAddingWhoWasToldAtThatLevel() {
        Incident incident = Incident.report(planId, 1, "x", OCCURRED, List.of("coordination group"), CASEWORKER, NOW);

        incident.escalate(2, List.of("project leader"), LATER);

        assertEquals(2, incident.level());
        List<Notification> told = incident.notifications();
        assertEquals(List.of("coordination group", "project leader"), told.stream().map(Notification::told).toList());
        assertEquals(List.of(1, 2), told.stream().map(Notification::level).toList());
        assertEquals(LATER, told.get(1).toldAt());
    }

    @Test
    void shouldEscalateStraightToThePsychologist() {
        Incident incident = Incident.report(planId, 1, "x", OCCURRED, List.of(), CASEWORKER, NOW);

        incident.escalate(Incident.TOP_LEVEL, List.of("psychologist"), LATER);

        assertEquals(Incident.TOP_LEVEL, incident.level());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void shouldRefuseAnEscalationThatDoesNotGoUp(int level) {
        Incident incident = Incident.report(planId, 2, "x", OCCURRED, List.of("group"), CASEWORKER, NOW);

        PlanRuleException refusal = refused(() -> incident.escalate(level, List.of("again"), LATER));

        assertEquals("An escalation goes up from level 2", refusal.getMessage());
        assertEquals(List.of("must be above 2"), messages(refusal));
        assertEquals(2, incident.level());
        assertEquals(1, incident.notifications().size());
    }

    @Test
    void shouldRefuseEscalatingAboveTheTopOfTheLadder() {
        Incident incident = Incident.report(planId, Incident.TOP_LEVEL, "x", OCCURRED, List.of(), CASEWORKER, NOW);

        assertEquals(LADDER, refused(() -> incident.escalate(Incident.TOP_LEVEL + 1, List.of(), LATER)).getMessage());
    }

    @Test
    void shouldRecordWhenResolved() {
        Incident incident = Incident.report(planId, 1, "x", OCCURRED, List.of(), CASEWORKER, NOW);

        incident.resolve(LATER);

        assertEquals(LATER, incident.resolvedAt());
    }

    @Test
    void shouldRefuseEscalatingAResolvedIncident() {
        Incident incident = Incident.report(planId, 1, "x", OCCURRED, List.of(), CASEWORKER, NOW);
        incident.resolve(LATER);

        PlanRuleException refusal = refused(() -> incident.escalate(3, List.of("network"), LATER));

        assertEquals("The incident is resolved", refusal.getMessage());
        assertEquals(1, incident.level());
        assertTrue(incident.notifications().isEmpty());
    }

    @Test
    void shouldRefuseResolvingTwiceAndKeepTheFirstResolution() {
        Incident incident = Incident.report(planId, 1, "x", OCCURRED, List.of(), CASEWORKER, NOW);
        incident.resolve(LATER);

        PlanRuleException refusal = refused(() -> incident.resolve(LATER.plusSeconds(60)));

        assertEquals("The incident is already resolved", refusal.getMessage());
        assertEquals(LATER, incident.resolvedAt());
    }

    @Test
    void shouldNotLetCallersChangeWhoWasTold() {
        Incident incident = Incident.report(planId, 1, "x", OCCURRED, List.of("group"), CASEWORKER, NOW);

        assertThrows(UnsupportedOperationException.class, () -> incident.notifications().clear());
        assertEquals(1, incident.notifications().size());
    }
}
