package dk.mentor.followup.domain;

import static dk.mentor.followup.domain.Fixtures.NOW;
import static dk.mentor.followup.domain.Fixtures.fields;
import static dk.mentor.followup.domain.Fixtures.messages;
import static dk.mentor.followup.domain.Fixtures.plan;
import static dk.mentor.followup.domain.Fixtures.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.contracts.codes.LegalBasisTerms;
import dk.mentor.contracts.codes.LegalLine;
import dk.mentor.contracts.codes.ParticipantRole;
import dk.mentor.contracts.rules.RuleViolation;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A person's participation on the plan in one role under one legal basis. */
class ParticipantTest {

    private static final LocalDate START = LocalDate.of(2026, 6, 1);

    private final Plan plan = plan();

    @Test
    void shouldJoinInARoleUnderABasisTheRoleAllows() {
        Participant p = Participant.join(plan.id(), "Hanne", "hanne", "h@x.dk", ParticipantRole.LAB_MENTOR,
                Bases.LAB_MENTOR, null, START, NOW);

        assertEquals(plan.id(), p.planId());
        assertEquals("Hanne", p.displayName());
        assertEquals("h@x.dk", p.contact());
        assertEquals(ParticipantRole.LAB_MENTOR, p.role());
        assertEquals("LAB_167", p.legalBasis());
        assertEquals(START, p.startedOn());
        assertEquals(NOW, p.addedAt());
        assertFalse(p.ended());
        assertNull(p.mentorshipId());
    }

    @Test
    void shouldRefuseABasisTheRoleMayNotActUnderListingTheAllowedOnes() {
        RuleViolation refusal = refused(() -> Participant.join(plan.id(), "Hanne", "hanne", null,
                ParticipantRole.LAB_MENTOR, Bases.SEL_SOCIAL_PEDAGOGICAL_SUPPORT, null, START, NOW));

        assertEquals("A LAB_MENTOR cannot act under SEL_85; the roles under it: [SUPPORT_CONTACT_PERSON_SEL85, CASEWORKER]",
                refusal.getMessage());
        assertEquals(List.of("legalBasis"), fields(refusal));
        assertEquals(List.of("not allowed for role LAB_MENTOR"), messages(refusal));
    }

    @Test
    void shouldMeetAtTheRolesDefaultCadenceUnlessGivenOne() {
        assertEquals(7, join(ParticipantRole.LAB_MENTOR, Bases.LAB_MENTOR, null).cadenceDays());
        assertEquals(14, join(ParticipantRole.VOLUNTEER_MENTOR, Bases.LAB_MENTOR, null).cadenceDays());
        assertEquals(10, join(ParticipantRole.LAB_MENTOR, Bases.LAB_MENTOR, 10).cadenceDays());
    }

    @Test
    void shouldMeetAVolunteerFromAMentorshipFortnightlyWhateverTheRole() {
        Participant p = Participant.fromMentorship(plan.id(), new Participant.Mentorship(UUID.randomUUID(), UUID.randomUUID(), "Ole", "ole",
                "VOLUNTEER", ParticipantRole.LAB_MENTOR, Bases.LAB_MENTOR, null, null, null), START, NOW);

        assertEquals(Roles.FORTNIGHTLY, p.cadenceDays());
    }

    @Test
    void shouldCarryTheMentorshipItCameFrom() {
        UUID mentorship = UUID.randomUUID();
        UUID mentor = UUID.randomUUID();

        Participant p = Participant.fromMentorship(plan.id(), new Participant.Mentorship(mentorship, mentor, "Ole", "ole", "PAID",
                ParticipantRole.LAB_MENTOR, Bases.LAB_MENTOR, null, null, null), START, NOW);

        assertEquals(mentorship, p.mentorshipId());
        assertEquals(mentor, p.mentorId());
        assertEquals("PAID", p.mentorKind());
        assertEquals("ole", p.username());
        assertEquals(Roles.WEEKLY, p.cadenceDays());
    }

    @Test
    void shouldRefuseAMentorshipUnderABasisTheRoleMayNotActUnder() {
        refused(() -> Participant.fromMentorship(plan.id(), new Participant.Mentorship(UUID.randomUUID(), UUID.randomUUID(), "Ole", "ole", "PAID",
                ParticipantRole.INTEGRATION_MENTOR, Bases.LAB_MENTOR, null, null, null), START, NOW));
    }

    @Test
    void shouldBeActiveFromItsFirstDayUpToAndIncludingItsLast() {
        Participant p = join(ParticipantRole.LAB_MENTOR, Bases.LAB_MENTOR, null);
        LocalDate last = LocalDate.of(2026, 9, 30);

        p.end(last);

        assertTrue(p.ended());
        assertFalse(p.activeOn(START.minusDays(1)));
        assertTrue(p.activeOn(START));
        assertTrue(p.activeOn(last));
        assertFalse(p.activeOn(last.plusDays(1)));
    }

    @Test
    void shouldStayActiveWithoutAnEndDay() {
        assertTrue(join(ParticipantRole.LAB_MENTOR, Bases.LAB_MENTOR, null).activeOn(START.plusYears(5)));
    }

    @Test
    void shouldEndOnItsFirstDayWhenEndedBeforeItStarted() {
        Participant p = join(ParticipantRole.LAB_MENTOR, Bases.LAB_MENTOR, null);

        p.end(START.minusDays(10));

        assertEquals(START, p.endedOn());
    }

    @Test
    void shouldBelongOnlyToThePersonWithItsUserName() {
        Participant p = join(ParticipantRole.LAB_MENTOR, Bases.LAB_MENTOR, null);
        Participant anonymous = Participant.join(plan.id(), "Outreach", null, null, ParticipantRole.CONTACT_PERSON_SEL99,
                Bases.SEL_CONTACT_PERSON, null, START, NOW);

        assertTrue(p.heldBy("hanne"));
        assertFalse(p.heldBy("other"));
        assertFalse(p.heldBy(null));
        assertFalse(anonymous.heldBy(null));
    }

    @ParameterizedTest
    @CsvSource({
        "LAB_MENTOR, LAB_167, EMPLOYMENT",
        "SUPPORT_CONTACT_PERSON_SEL85, SEL_85A, SOCIAL",
        "INTEGRATION_MENTOR, INL_23D, INTEGRATION"})
    void shouldBeOnTheLineOfItsLegalBasis(ParticipantRole role, String basis, LegalLine line) {
        assertEquals(line, join(role, Bases.byCode(basis), null).line());
    }

    private Participant join(ParticipantRole role, LegalBasisTerms basis, Integer cadence) {
        return Participant.join(plan.id(), "Hanne", "hanne", null, role, basis, cadence, START, NOW);
    }

    @Test
    void shouldTakeTheGrantAndTheOrderedCadenceFromTheMentorshipAndExtendThemOnRenewal() {
        Participant p = Participant.fromMentorship(plan.id(), new Participant.Mentorship(UUID.randomUUID(),
                UUID.randomUUID(), "Ole", "ole", "PAID", ParticipantRole.LAB_MENTOR, Bases.LAB_MENTOR,
                LocalDate.of(2026, 11, 30), java.math.BigDecimal.valueOf(4), 10), START, NOW);

        assertEquals(LocalDate.of(2026, 11, 30), p.periodEndsOn());
        assertEquals(0, java.math.BigDecimal.valueOf(4).compareTo(p.hoursPerWeek()));
        assertEquals(10, p.cadenceDays());
        assertTrue(p.withinPeriod(LocalDate.of(2026, 11, 30)));
        assertFalse(p.withinPeriod(LocalDate.of(2026, 12, 1)));

        p.grant(LocalDate.of(2027, 5, 31), java.math.BigDecimal.valueOf(2), null);

        assertTrue(p.withinPeriod(LocalDate.of(2026, 12, 1)));
        assertEquals(0, java.math.BigDecimal.valueOf(2).compareTo(p.hoursPerWeek()));
        assertEquals(10, p.cadenceDays());
    }
}
