package dk.mentor.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.contracts.rules.RuleViolation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The pipeline's order, the half-year commitment from the first match (004 p.11) and the waiting list's figures. */
class ProgrammeEntryTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 6, 1);
    private static final UUID PROGRAMME = UUID.randomUUID();

    @Test
    void shouldStartTheCommitmentAtTheFirstMatchOnly() {
        ProgrammeEntry mentee = vettedMentee(LocalDate.of(2027, 3, 1));
        assertEquals("matchedOn", assertThrows(RuleViolation.class, () -> mentee.matched(LocalDate.of(2027, 2, 28), 6))
                .issues().get(0).field());
        mentee.matched(LocalDate.of(2027, 3, 10), 6);
        assertEquals(PipelineStage.MATCHED, mentee.stage());
        assertNull(mentee.commitmentTo());
        assertTrue(assertThrows(RuleViolation.class, () -> mentee.matched(LocalDate.of(2027, 4, 1), 6)).isStateConflict());
    }

    @Test
    void shouldRefuseStepsOutOfOrderOrBeforeTheLastOne() {
        ProgrammeEntry e = ProgrammeEntry.mentee(PROGRAMME, "0851", RecruitmentChannel.JOBCENTRE, AgeBand.AGE_30_39, null,
                LocalDate.of(2027, 2, 1), TODAY, "test", Instant.now());
        assertTrue(assertThrows(RuleViolation.class, () -> e.vetted(LocalDate.of(2027, 2, 5), null, TODAY)).isStateConflict());
        assertEquals("on", assertThrows(RuleViolation.class, () -> e.interviewed(LocalDate.of(2027, 1, 31), TODAY))
                .issues().get(0).field());
        e.interviewed(LocalDate.of(2027, 2, 3), TODAY);
        assertEquals("on", assertThrows(RuleViolation.class, () -> e.dropped(LocalDate.of(2027, 2, 2), DropReason.MOVED, TODAY))
                .issues().get(0).field());
        e.dropped(LocalDate.of(2027, 2, 4), DropReason.MOVED, TODAY);
        assertTrue(e.reached(PipelineStage.INTERVIEWED));
        assertEquals(PipelineStage.DROPPED, e.stage());
    }

    @Test
    void shouldGiveTheMedianAndLongestWait() {
        List<ProgrammeEntry> entries = List.of(vettedMentee(TODAY.minusDays(10)), vettedMentee(TODAY.minusDays(30)),
                vettedMentee(TODAY.minusDays(3)), vettedMentee(TODAY.minusDays(21)));
        WaitingList list = WaitingList.of(ProgrammeSide.MENTEE, entries, TODAY);

        assertEquals(List.of(30, 21, 10, 3), list.entries().stream().map(WaitingList.Waiting::days).toList());
        assertEquals(new BigDecimal("15.5"), list.medianDays());
        assertEquals(30, list.maxDays());
        assertEquals(0, WaitingList.of(ProgrammeSide.VOLUNTEER, entries, TODAY).entries().size());
    }

    private static ProgrammeEntry vettedMentee(LocalDate vettedOn) {
        ProgrammeEntry e = ProgrammeEntry.mentee(PROGRAMME, "0851", RecruitmentChannel.SOCIAL_MEDIA, AgeBand.AGE_18_24, null,
                vettedOn.minusDays(5), TODAY, "test", Instant.now());
        e.interviewed(vettedOn.minusDays(2), TODAY);
        e.vetted(vettedOn, null, TODAY);
        return e;
    }
}
