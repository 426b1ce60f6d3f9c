package dk.mentor.followup.domain;

import static dk.mentor.followup.domain.Fixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.contracts.codes.LegalBasisTerms;
import dk.mentor.contracts.codes.ParticipantRole;
import dk.mentor.contracts.codes.PlacementKind;
import dk.mentor.contracts.codes.PlacementOutcome;
import dk.mentor.contracts.rules.RuleViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules of a placement's life, its agreement, its follow-ups and the hand-over chain, without a database. */
class PlacementRulesTest {

    private static final LocalDate FROM = LocalDate.of(2026, 9, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 31);

    private final Plan plan = Fixtures.plan();
    private final Company company = Company.register("12 34 56 78", "Lager & Logistik A/S", "Industrivej 12", null, "cw", NOW);
    private final CompanyContact contact = CompanyContact.add(company.id(), "Bente Vinther", null, null, null, "cw", NOW);

    @Test
    void shouldKeepACvrNumberAsEightDigitsAndRefuseAnyOther() {
        assertEquals("12345678", company.cvr());
        for (String bad : new String[] {"1234567", "123456789", "1234567A", ""}) {
            RuleViolation refused = assertThrows(RuleViolation.class, () -> Company.cvr(bad));
            assertEquals("cvr", refused.issues().get(0).field());
        }
    }

    @Test
    void shouldStartOnlyWithAWrittenAgreementAndEndOnlyOnce() {
        Placement p = placement(null);
        RuleViolation noAgreement = assertThrows(RuleViolation.class, () -> p.start(FROM, null));
        assertEquals("agreement", noAgreement.issues().get(0).field());
        PlacementAgreement agreement = PlacementAgreement.make(p, terms(null), null, "cw", NOW);
        p.start(FROM, agreement);
        assertEquals(Placement.Status.ACTIVE, p.status());
        assertTrue(assertThrows(RuleViolation.class, () -> p.start(FROM, agreement)).isStateConflict());
        assertEquals("endedOn", assertThrows(RuleViolation.class,
                () -> p.end(FROM.minusDays(1), PlacementOutcome.ENDED_EARLY, "x")).issues().get(0).field());
        p.end(FROM.plusDays(40), PlacementOutcome.DROPPED_OUT, "Udeblev");
        assertEquals(Placement.Status.DROPPED_OUT, p.status());
        assertTrue(assertThrows(RuleViolation.class, () -> p.end(TO, PlacementOutcome.JOB_AT_COMPANY, "x")).isStateConflict());
    }

    @Test
    void shouldEndAsEndedForEveryOutcomeButADropOut() {
        for (PlacementOutcome outcome : PlacementOutcome.values()) {
            Placement p = placement(null);
            p.start(FROM, PlacementAgreement.make(p, terms(null), null, "cw", NOW));
            p.end(TO, outcome, "Opsummering");
            assertEquals(outcome == PlacementOutcome.DROPPED_OUT ? Placement.Status.DROPPED_OUT : Placement.Status.ENDED,
                    p.status(), outcome.name());
        }
    }

    @Test
    void shouldNameEveryMissingTermAndTheCompanyMentorsPartOnlyWhenThereIsOne() {
        Participant mentor = Fixtures.participant(plan, ParticipantRole.COMPANY_MENTOR, Bases.LAB_MENTOR, "jonas", FROM);
        PlacementTerms blank = new PlacementTerms(" ", null, null, null, null, null, null, null, null, null, null, null,
                null, null);
        List<String> all = List.of("personAndConsiderations", "tasks", "hoursPerWeek", "workingHours", "periodFrom",
                "periodTo", "purpose", "goals", "jobCentreResponsibilities", "companyResponsibilities",
                "companyMentorResponsibilities", "noShowProcedure", "sickLeaveProcedure");
        assertEquals(all, blank.missing(true).stream().map(RuleViolation.FieldIssue::field).toList());
        assertEquals(all.stream().filter(f -> !f.equals("companyMentorResponsibilities")).toList(),
                blank.missing(false).stream().map(RuleViolation.FieldIssue::field).toList());
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> PlacementAgreement.make(placement(mentor), terms(null), null, "cw", NOW));
        assertEquals(List.of("companyMentorResponsibilities"), refused.issues().stream().map(RuleViolation.FieldIssue::field).toList());
    }

    @Test
    void shouldNumberTheAgreementsVersions() {
        Placement p = placement(null);
        PlacementAgreement first = PlacementAgreement.make(p, terms(null), null, "cw", NOW);
        PlacementAgreement second = PlacementAgreement.make(p, terms(null), first, "cw2", NOW.plusSeconds(60));
        assertEquals(1, first.version());
        assertEquals(2, second.version());
        assertEquals("cw2", second.createdBy());
    }

    @Test
    void shouldRefuseACompanyMentorWhoIsNotOneOrAContactOfAnotherCompany() {
        Participant lab = Fixtures.labMentor(plan, "lab", FROM);
        assertEquals("companyMentorParticipantId", assertThrows(RuleViolation.class, () -> placement(lab)).issues().get(0).field());
        CompanyContact elsewhere = CompanyContact.add(java.util.UUID.randomUUID(), "Anden", null, null, null, "cw", NOW);
        assertEquals("contactId", assertThrows(RuleViolation.class, () -> Placement.plan(plan, company, elsewhere, null,
                PlacementKind.LOENTILSKUD, FROM, TO, "cw", NOW)).issues().get(0).field());
    }

    @Test
    void shouldRaiseTheMidwayEvaluationAndTheThreeMonthFollowUpUntilTheyAreDone() {
        Placement p = placement(null);
        PlacementAgreement agreement = PlacementAgreement.make(p, terms(null), null, "cw", NOW);
        p.start(FROM, agreement);
        Map<java.util.UUID, PlacementAgreement> current = Map.of(p.id(), agreement);
        LocalDate midway = LocalDate.of(2026, 10, 31);
        assertEquals(midway, p.midwayDue(agreement));
        assertEquals(List.of(), kinds(PlacementAlerts.alerts(plan, List.of(p), current, List.of(), midway.minusDays(1))));
        assertEquals(List.of(Alert.Kind.PLACEMENT_MIDWAY_EVALUATION_DUE),
                kinds(PlacementAlerts.alerts(plan, List.of(p), current, List.of(), midway)));
        PlacementEvaluation done = PlacementEvaluation.record(p, PlacementEvaluation.Kind.MIDWAY_EVALUATION, midway,
                "Godt", "Godt", "Godt", null, "Fortsætter", "cw", NOW);
        LocalDate threeMonths = FROM.plusMonths(3);
        assertEquals(List.of(Alert.Kind.PLACEMENT_FOLLOW_UP_DUE),
                kinds(PlacementAlerts.alerts(plan, List.of(p), current, List.of(done), threeMonths)));
        p.end(threeMonths, PlacementOutcome.JOB_AT_COMPANY, "Ansat");
        assertEquals(List.of(), kinds(PlacementAlerts.alerts(plan, List.of(p), current, List.of(done), threeMonths)));
    }

    @Test
    void shouldNotEvaluateAPlacementBeforeItStarts() {
        Placement p = placement(null);
        assertTrue(assertThrows(RuleViolation.class, () -> PlacementEvaluation.record(p,
                PlacementEvaluation.Kind.MIDWAY_EVALUATION, FROM, "a", "b", "c", null, "d", "cw", NOW)).isStateConflict());
    }

    @Test
    void shouldNeedAReasonForAHandBackAndAPlacementForAHandOverToTheCompany() {
        InternalHandOver.Step back = new InternalHandOver.Step(InternalHandOver.Kind.HAND_BACK,
                InternalHandOver.Party.JOB_CONSULTANT, "Jens", InternalHandOver.Party.CASEWORKER, "Susanne", "Tal sammen", " ", FROM);
        assertEquals("reason", assertThrows(RuleViolation.class,
                () -> InternalHandOver.record(plan.id(), null, back, "cw", NOW)).issues().get(0).field());
        InternalHandOver.Step toCompany = new InternalHandOver.Step(InternalHandOver.Kind.HAND_OVER,
                InternalHandOver.Party.JOB_CONSULTANT, "Jens", InternalHandOver.Party.COMPANY, "Bente", "Første dag", null, FROM);
        assertEquals("placementId", assertThrows(RuleViolation.class,
                () -> InternalHandOver.record(plan.id(), null, toCompany, "cw", NOW)).issues().get(0).field());
        Placement p = placement(null);
        InternalHandOver recorded = InternalHandOver.record(plan.id(), p, toCompany, "cw", NOW);
        assertEquals(p.id(), recorded.placementId());
        assertNull(recorded.reason());
    }

    private Placement placement(Participant mentor) {
        return Placement.plan(plan, company, contact, mentor, PlacementKind.VIRKSOMHEDSPRAKTIK, FROM, TO, "cw", NOW);
    }

    private static PlacementTerms terms(String mentorPart) {
        return new PlacementTerms("Ordblind", "Pakning", new BigDecimal("15"), "Man-ons 8-13", FROM, TO, "Afklaring",
                "20 timer", List.of("Møde til tiden"), "Ringer om fredagen", "Tovholder følger op", mentorPart,
                "Ringer samme dag", "Samtale efter en uge");
    }

    private static List<Alert.Kind> kinds(List<Alert> alerts) {
        return alerts.stream().map(Alert::kind).toList();
    }
}
