package dk.mentor.followup.domain;

import static dk.mentor.followup.domain.Fixtures.NOW;
import static dk.mentor.followup.domain.Fixtures.fields;
import static dk.mentor.followup.domain.Fixtures.messages;
import static dk.mentor.followup.domain.Fixtures.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A sub-goal's lifecycle: PROPOSED -> ACTIVE -> ACHIEVED or ABANDONED. */
class GoalTest {

    private static final Instant LATER = NOW.plusSeconds(3600);
    private static final LocalDate TARGET = LocalDate.of(2027, 3, 1);

    private final UUID planId = UUID.randomUUID();

    @Test
    void shouldBeProposedWhenCreated() {
        Goal goal = Goal.propose(planId, "Meet on time three weeks in a row", TARGET, NOW);

        assertEquals(Goal.Status.PROPOSED, goal.status());
        assertEquals(planId, goal.planId());
        assertEquals("Meet on time three weeks in a row", goal.description());
        assertEquals(TARGET, goal.targetDate());
        assertEquals(NOW, goal.createdAt());
        assertEquals(NOW, goal.changedAt());
    }

    @ParameterizedTest
    @CsvSource({"PROPOSED, ACTIVE", "PROPOSED, ABANDONED", "ACTIVE, ACHIEVED", "ACTIVE, ABANDONED"})
    void shouldMoveAlongTheLifecycle(Goal.Status from, Goal.Status to) {
        Goal goal = goalIn(from);

        goal.moveTo(to, LATER);

        assertEquals(to, goal.status());
        assertEquals(LATER, goal.changedAt());
    }

    @ParameterizedTest
    @CsvSource({
        "PROPOSED, PROPOSED", "PROPOSED, ACHIEVED",
        "ACTIVE, PROPOSED", "ACTIVE, ACTIVE",
        "ACHIEVED, PROPOSED", "ACHIEVED, ACTIVE", "ACHIEVED, ACHIEVED", "ACHIEVED, ABANDONED",
        "ABANDONED, PROPOSED", "ABANDONED, ACTIVE", "ABANDONED, ACHIEVED", "ABANDONED, ABANDONED"})
    void shouldRefuseAMoveTheLifecycleDoesNotAllowAndStayPut(Goal.Status from, Goal.Status to) {
        Goal goal = goalIn(from);
        Instant changed = goal.changedAt();

        PlanRuleException refusal = refused(() -> goal.moveTo(to, LATER.plusSeconds(60)));

        assertTrue(refusal.getMessage().startsWith("A " + from + " goal cannot become " + to + "; allowed: "),
                refusal.getMessage());
        assertEquals(List.of("status"), fields(refusal));
        assertEquals(List.of("not allowed from " + from), messages(refusal));
        assertEquals(from, goal.status());
        assertEquals(changed, goal.changedAt());
    }

    private Goal goalIn(Goal.Status status) {
        Goal goal = Goal.propose(planId, "A goal", null, NOW);
        switch (status) {
            case PROPOSED -> { }
            case ACTIVE -> goal.moveTo(Goal.Status.ACTIVE, NOW);
            case ACHIEVED -> {
                goal.moveTo(Goal.Status.ACTIVE, NOW);
                goal.moveTo(Goal.Status.ACHIEVED, NOW);
            }
            case ABANDONED -> goal.moveTo(Goal.Status.ABANDONED, NOW);
        }
        return goal;
    }
}
