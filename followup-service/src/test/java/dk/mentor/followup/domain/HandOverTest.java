package dk.mentor.followup.domain;

import static dk.mentor.followup.domain.Fixtures.AARHUS;
import static dk.mentor.followup.domain.Fixtures.CASEWORKER;
import static dk.mentor.followup.domain.Fixtures.KOBENHAVN;
import static dk.mentor.followup.domain.Fixtures.NOW;
import static dk.mentor.followup.domain.Fixtures.consentToShareWith;
import static dk.mentor.followup.domain.Fixtures.fields;
import static dk.mentor.followup.domain.Fixtures.messages;
import static dk.mentor.followup.domain.Fixtures.plan;
import static dk.mentor.followup.domain.Fixtures.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.contracts.codes.ClosureOutcome;
import dk.mentor.contracts.rules.RuleViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A plan offered to the municipality the citizen moves to, and that municipality's answer. */
class HandOverTest {

    private static final LocalDate MOVES = LocalDate.of(2026, 12, 1);
    private static final Instant ANSWERED = NOW.plusSeconds(86_400);
    private static final LocalDate OFFERED_ON = LocalDate.of(2026, 11, 20);

    private final Plan plan = plan();
    private final Consent consent = consentToShareWith(plan, KOBENHAVN, LocalDate.of(2026, 11, 1), null);

    @Test
    void shouldOfferTheActivePlanFromItsOwnerToAnotherMunicipality() {
        HandOver offer = HandOver.offer(plan, consent, KOBENHAVN, "Moves on 1 December", MOVES, CASEWORKER, OFFERED_ON, NOW);

        assertEquals(HandOver.Status.OFFERED, offer.status());
        assertEquals(plan.id(), offer.planId());
        assertEquals(AARHUS, offer.fromMunicipality());
        assertEquals(KOBENHAVN, offer.toMunicipality());
        assertEquals(consent.id(), offer.consentId());
        assertEquals("Moves on 1 December", offer.offerAnnotation());
        assertEquals(CASEWORKER, offer.offeredBy());
        assertEquals(NOW, offer.offeredAt());
        assertNull(offer.respondedBy());
        assertNull(offer.respondedAt());
        assertNull(offer.effectiveOn());
        assertEquals(MOVES, offer.moveDate());
        assertEquals(OFFERED_ON.plusDays(14), offer.disputableUntil());
    }

    @Test
    void shouldNotMoveOwnershipByOfferingAlone() {
        HandOver.offer(plan, consent, KOBENHAVN, "Moves", MOVES, CASEWORKER, OFFERED_ON, NOW);

        assertEquals(AARHUS, plan.ownerMunicipality());
        assertEquals(CASEWORKER, plan.coordinatingCaseworker());
    }

    @Test
    void shouldRefuseOfferingThePlanToTheMunicipalityThatOwnsIt() {
        RuleViolation refusal = refused(() -> HandOver.offer(plan, consent, AARHUS, "Oops", MOVES, CASEWORKER, OFFERED_ON, NOW));

        assertEquals("The plan already belongs to 0751", refusal.getMessage());
        assertEquals(List.of("toMunicipality"), fields(refusal));
        assertEquals(List.of("must be another municipality"), messages(refusal));
    }

    @Test
    void shouldRefuseOfferingAClosedPlan() {
        plan.close(ClosureOutcome.MOVED_MUNICIPALITY, LocalDate.of(2026, 11, 20), 0, null, null);

        RuleViolation refusal = refused(() -> HandOver.offer(plan, consent, KOBENHAVN, "Moves", MOVES, CASEWORKER, OFFERED_ON, NOW));

        assertEquals("The plan is closed", refusal.getMessage());
    }

    @Test
    void shouldTakeOverFromTheMoveDateWhenAccepted() {
        HandOver offer = HandOver.offer(plan, consent, KOBENHAVN, "Moves", MOVES, CASEWORKER, OFFERED_ON, NOW);

        offer.accept("cw-kbh", "Welcome", ANSWERED);

        assertEquals(HandOver.Status.ACCEPTED, offer.status());
        assertEquals("cw-kbh", offer.respondedBy());
        assertEquals("Welcome", offer.responseAnnotation());
        assertEquals(ANSWERED, offer.respondedAt());
        assertEquals(MOVES, offer.effectiveOn());
    }

    @Test
    void shouldRefuseAcceptingAnOfferAlreadyAccepted() {
        HandOver offer = HandOver.offer(plan, consent, KOBENHAVN, "Moves", MOVES, CASEWORKER, OFFERED_ON, NOW);
        offer.accept("cw-kbh", "Welcome", ANSWERED);

        RuleViolation refusal = refused(() -> offer.accept("other", "Again", ANSWERED));

        assertEquals("The hand-over was already accepted", refusal.getMessage());
        assertEquals("cw-kbh", offer.respondedBy());
        assertEquals(MOVES, offer.effectiveOn());
    }

    @Test
    void shouldMovePlanAndCitizenToTheReceiverWhenAccepted() {
        Citizen citizen = Citizen.identified(new byte[] {1, 2}, "hash", "k1", AARHUS, NOW);
        HandOver offer = HandOver.offer(plan, consent, KOBENHAVN, "Moves", MOVES, CASEWORKER, OFFERED_ON, NOW);

        offer.accept("cw-kbh", "Welcome", ANSWERED);
        plan.handOverTo(offer.toMunicipality(), offer.respondedBy());
        citizen.moveTo(offer.toMunicipality());

        assertEquals(KOBENHAVN, plan.ownerMunicipality());
        assertEquals("cw-kbh", plan.coordinatingCaseworker());
        assertEquals(KOBENHAVN, citizen.actingMunicipality());
    }

    @Test
    void shouldOfferFromTheNewOwnerOnceHandedOver() {
        plan.handOverTo(KOBENHAVN, "cw-kbh");
        Consent back = consentToShareWith(plan, AARHUS, LocalDate.of(2027, 1, 1), null);

        HandOver offer = HandOver.offer(plan, back, AARHUS, "Moves back", MOVES, "cw-kbh", OFFERED_ON, NOW);

        assertEquals(KOBENHAVN, offer.fromMunicipality());
        assertEquals(AARHUS, offer.toMunicipality());
    }

    @Test
    void shouldRefuseOfferingAHandedOverPlanToItsNewOwner() {
        plan.handOverTo(KOBENHAVN, "cw-kbh");

        RuleViolation refusal = refused(() -> HandOver.offer(plan, consent, KOBENHAVN, "Again", MOVES, "cw-kbh", OFFERED_ON, NOW));

        assertEquals("The plan already belongs to 0101", refusal.getMessage());
    }

    @Test
    void shouldRecordADisputeOnTheLastDayOfTheDeadlineWithoutUndoingTheAcceptance() {
        HandOver offer = HandOver.offer(plan, consent, KOBENHAVN, "Moves", MOVES, CASEWORKER, OFFERED_ON, NOW);
        offer.accept("cw-kbh", "Welcome", ANSWERED);

        offer.dispute("cw-kbh", "The citizen still lives in Aarhus", OFFERED_ON.plusDays(14), ANSWERED);

        assertTrue(offer.disputed());
        assertEquals("The citizen still lives in Aarhus", offer.disputeReason());
        assertEquals("cw-kbh", offer.disputedBy());
        assertEquals(ANSWERED, offer.disputedAt());
        assertEquals(HandOver.Status.ACCEPTED, offer.status());
        assertEquals(MOVES, offer.effectiveOn());
    }

    @Test
    void shouldRefuseADisputeAfterTheFourteenDays() {
        HandOver offer = HandOver.offer(plan, consent, KOBENHAVN, "Moves", MOVES, CASEWORKER, OFFERED_ON, NOW);

        RuleViolation refusal = refused(() -> offer.dispute("cw-kbh", "Too late", OFFERED_ON.plusDays(15), ANSWERED));

        assertEquals("The hand-over could be disputed until 2026-12-04", refusal.getMessage());
        assertEquals(List.of("reason"), fields(refusal));
        assertFalse(offer.disputed());
    }
}
