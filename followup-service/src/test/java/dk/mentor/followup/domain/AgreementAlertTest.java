package dk.mentor.followup.domain;

import static dk.mentor.followup.domain.Fixtures.CASEWORKER;
import static dk.mentor.followup.domain.Fixtures.NOW;
import static dk.mentor.followup.domain.Fixtures.labMentor;
import static dk.mentor.followup.domain.Fixtures.ofKind;
import static dk.mentor.followup.domain.Fixtures.plan;
import static dk.mentor.followup.domain.Fixtures.renewal;
import static dk.mentor.followup.domain.Fixtures.terms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The warning before a mentor agreement ends unrenewed, and the midway evaluation it asks for. */
class AgreementAlertTest {

    private static final LocalDate FROM = LocalDate.of(2026, 6, 1);
    private static final LocalDate TO = LocalDate.of(2026, 11, 30);
    /** 182 days from FROM to TO, so the middle is 91 days in. */
    private static final LocalDate MIDWAY = LocalDate.of(2026, 8, 31);

    private final Plan plan = plan();
    private final Participant hanne = labMentor(plan, "hanne", FROM);
    private final MentorAgreement agreement = MentorAgreement.make(hanne, Bases.of(hanne), terms(FROM, TO), null, CASEWORKER, NOW);

    @Test
    void shouldWarnFromExactlyTheWarningDaysBeforeTheAgreementEnds() {
        List<Alert> alerts = expiring(new AlertSchedule(30), List.of(agreement), LocalDate.of(2026, 10, 31));

        assertEquals(1, alerts.size());
        assertEquals(TO, alerts.get(0).dueOn());
        assertEquals(agreement.id(), alerts.get(0).agreementId());
        assertEquals(hanne.id(), alerts.get(0).participantId());
        assertEquals("Mentor agreement ends on 2026-11-30 and is not renewed", alerts.get(0).detail());
    }

    @Test
    void shouldNotWarnTheDayBeforeTheWarningStarts() {
        assertTrue(expiring(new AlertSchedule(30), List.of(agreement), LocalDate.of(2026, 10, 30)).isEmpty());
    }

    @Test
    void shouldHonourTheConfiguredWarningDays() {
        AlertSchedule twoWeeks = new AlertSchedule(14);

        assertTrue(expiring(twoWeeks, List.of(agreement), LocalDate.of(2026, 11, 15)).isEmpty());
        assertEquals(1, expiring(twoWeeks, List.of(agreement), LocalDate.of(2026, 11, 16)).size());
    }

    @Test
    void shouldStillSayTheAgreementEndsOnItsLastDay() {
        assertEquals("Mentor agreement ends on 2026-11-30 and is not renewed",
                expiring(new AlertSchedule(30), List.of(agreement), TO).get(0).detail());
    }

    @Test
    void shouldKeepWarningAfterTheAgreementEndedUnrenewed() {
        List<Alert> alerts = expiring(new AlertSchedule(30), List.of(agreement), TO.plusDays(1));

        assertEquals("Mentor agreement ended on 2026-11-30 and is not renewed", alerts.get(0).detail());
        assertEquals(TO, alerts.get(0).dueOn());
    }

    @Test
    void shouldStopWarningOnceTheAgreementIsRenewed() {
        MentorAgreement renewed = MentorAgreement.make(hanne, Bases.of(hanne), renewal(agreement, TO.plusDays(1), LocalDate.of(2027, 5, 31),
                "Still needed"), agreement, CASEWORKER, NOW);

        assertTrue(expiring(new AlertSchedule(30), List.of(agreement, renewed), LocalDate.of(2026, 11, 20)).isEmpty());
    }

    @Test
    void shouldStopWarningOnceTheParticipationEnded() {
        hanne.end(LocalDate.of(2026, 11, 15));

        List<Alert> alerts = new AlertSchedule(30).alerts(plan, List.of(hanne), List.of(agreement), List.of(), List.of(),
                LocalDate.of(2026, 11, 20));

        assertTrue(ofKind(alerts, Alert.Kind.AGREEMENT_EXPIRING).isEmpty());
        assertTrue(ofKind(alerts, Alert.Kind.MIDWAY_EVALUATION_DUE).isEmpty());
    }

    @Test
    void shouldNotAskForTheMidwayEvaluationTheDayBeforeTheMiddle() {
        assertTrue(midway(List.of(), MIDWAY.minusDays(1)).isEmpty());
    }

    @Test
    void shouldAskForTheMidwayEvaluationFromTheMiddleOfThePeriod() {
        List<Alert> alerts = midway(List.of(), MIDWAY);

        assertEquals(1, alerts.size());
        assertEquals(MIDWAY, alerts.get(0).dueOn());
        assertEquals(agreement.id(), alerts.get(0).agreementId());
        assertEquals("Midway evaluation of the agreement running 2026-06-01 to 2026-11-30", alerts.get(0).detail());
    }

    @Test
    void shouldStopAskingOnceTheMidwayEvaluationIsDone() {
        FollowUp done = FollowUp.record(plan.id(), hanne, FollowUp.Kind.MIDWAY_EVALUATION, MIDWAY.plusDays(5), Map.of(),
                null, CASEWORKER, NOW);

        assertTrue(midway(List.of(done), MIDWAY.plusDays(6)).isEmpty());
    }

    @Test
    void shouldNotCountAnEvaluationDoneBeforeTheAgreementStarted() {
        FollowUp earlier = FollowUp.record(plan.id(), hanne, FollowUp.Kind.MIDWAY_EVALUATION, FROM.minusDays(1), Map.of(),
                null, CASEWORKER, NOW);

        assertEquals(1, midway(List.of(earlier), MIDWAY).size());
    }

    @Test
    void shouldNotCountAnotherMentorsEvaluation() {
        Participant kim = labMentor(plan, "kim", FROM);
        FollowUp theirs = FollowUp.record(plan.id(), kim, FollowUp.Kind.MIDWAY_EVALUATION, MIDWAY, Map.of(), null,
                CASEWORKER, NOW);

        assertEquals(1, midway(List.of(theirs), MIDWAY).size());
    }

    private List<Alert> expiring(AlertSchedule schedule, Collection<MentorAgreement> agreements, LocalDate today) {
        return ofKind(schedule.alerts(plan, List.of(hanne), agreements, List.of(), List.of(), today),
                Alert.Kind.AGREEMENT_EXPIRING);
    }

    private List<Alert> midway(Collection<FollowUp> followUps, LocalDate today) {
        return ofKind(new AlertSchedule(30).alerts(plan, List.of(hanne), List.of(agreement), List.of(), followUps, today),
                Alert.Kind.MIDWAY_EVALUATION_DUE);
    }
}
