package dk.mentor.followup.domain;

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

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Consent to share the plan: given, scoped to a purpose (and a municipality), expiring, withdrawn. */
class ConsentTest {

    private static final LocalDate GIVEN = LocalDate.of(2026, 11, 1);
    private static final LocalDate EXPIRES = LocalDate.of(2027, 4, 30);
    private static final String ODENSE = "0461";

    private final Plan plan = plan();

    @Test
    void shouldRecordConsentToShareWithANamedMunicipality() {
        Consent consent = consentToShareWith(plan, KOBENHAVN, GIVEN, EXPIRES);

        assertEquals(plan.id(), consent.planId());
        assertEquals(Consent.Purpose.SHARE_WITH_MUNICIPALITY, consent.purpose());
        assertEquals(KOBENHAVN, consent.recipientMunicipality());
        assertEquals(Consent.Basis.CONSENT, consent.basis());
        assertEquals(GIVEN, consent.givenOn());
        assertEquals(EXPIRES, consent.expiresOn());
        assertEquals(CASEWORKER, consent.recordedBy());
        assertEquals(NOW, consent.recordedAt());
        assertNull(consent.revokedAt());
    }

    @Test
    void shouldRefuseSharingWithAMunicipalityWithoutNamingIt() {
        PlanRuleException refusal = refused(() -> Consent.record(plan.id(), Consent.Purpose.SHARE_WITH_MUNICIPALITY, null,
                Consent.Basis.CONSENT, null, GIVEN, null, CASEWORKER, NOW));

        assertEquals("Sharing with a municipality names the municipality", refusal.getMessage());
        assertEquals(List.of("recipientMunicipality"), fields(refusal));
        assertEquals(List.of("is required for SHARE_WITH_MUNICIPALITY"), messages(refusal));
    }

    @Test
    void shouldRefuseARecipientMunicipalityForSharingAcrossLines() {
        PlanRuleException refusal = refused(() -> Consent.record(plan.id(), Consent.Purpose.SHARE_ACROSS_LINES, KOBENHAVN,
                Consent.Basis.CONSENT, null, GIVEN, null, CASEWORKER, NOW));

        assertEquals("Sharing across lines stays within the municipality", refusal.getMessage());
        assertEquals(List.of("must be empty for SHARE_ACROSS_LINES"), messages(refusal));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void shouldRefuseALegalBasisThatDoesNotNameItsReference(String reference) {
        PlanRuleException refusal = refused(() -> Consent.record(plan.id(), Consent.Purpose.SHARE_ACROSS_LINES, null,
                Consent.Basis.LEGAL_BASIS, reference, GIVEN, null, CASEWORKER, NOW));

        assertEquals("Sharing without consent must name its legal basis", refusal.getMessage());
        assertEquals(List.of("legalReference"), fields(refusal));
    }

    @Test
    void shouldRecordALegalBasisWithItsReferenceInsteadOfConsent() {
        Consent basis = Consent.record(plan.id(), Consent.Purpose.SHARE_ACROSS_LINES, null, Consent.Basis.LEGAL_BASIS,
                "Retssikkerhedsloven § 11 c", GIVEN, null, CASEWORKER, NOW);

        assertEquals(Consent.Basis.LEGAL_BASIS, basis.basis());
        assertEquals("Retssikkerhedsloven § 11 c", basis.legalReference());
        assertTrue(basis.allowsCrossingLines(GIVEN));
    }

    @Test
    void shouldRefuseAConsentThatExpiresTheDayBeforeItIsGiven() {
        PlanRuleException refusal = refused(() -> consentToShareWith(plan, KOBENHAVN, GIVEN, GIVEN.minusDays(1)));

        assertEquals("A consent cannot expire before it is given", refusal.getMessage());
        assertEquals(List.of("expiresOn"), fields(refusal));
    }

    @Test
    void shouldHoldAConsentGivenAndExpiringOnTheSameDayForThatDayOnly() {
        Consent oneDay = consentToShareWith(plan, KOBENHAVN, GIVEN, GIVEN);

        assertTrue(oneDay.inForceOn(GIVEN));
        assertFalse(oneDay.inForceOn(GIVEN.plusDays(1)));
    }

    @Test
    void shouldNotBeInForceBeforeTheDayItIsGiven() {
        assertFalse(consentToShareWith(plan, KOBENHAVN, GIVEN, EXPIRES).inForceOn(GIVEN.minusDays(1)));
    }

    @Test
    void shouldBeInForceFromTheDayGivenUpToAndIncludingTheExpiryDay() {
        Consent consent = consentToShareWith(plan, KOBENHAVN, GIVEN, EXPIRES);

        assertTrue(consent.inForceOn(GIVEN));
        assertTrue(consent.inForceOn(EXPIRES));
    }

    @Test
    void shouldNoLongerBeInForceTheDayAfterItExpires() {
        Consent consent = consentToShareWith(plan, KOBENHAVN, GIVEN, EXPIRES);

        assertFalse(consent.inForceOn(EXPIRES.plusDays(1)));
        assertFalse(consent.allowsSharingWith(KOBENHAVN, EXPIRES.plusDays(1)));
    }

    @Test
    void shouldStayInForceWithoutAnExpiryDay() {
        assertTrue(consentToShareWith(plan, KOBENHAVN, GIVEN, null).inForceOn(GIVEN.plusYears(10)));
    }

    @Test
    void shouldStopBeingInForceOnEveryDayOnceWithdrawn() {
        Consent consent = consentToShareWith(plan, KOBENHAVN, GIVEN, EXPIRES);
        Instant withdrawn = Instant.parse("2026-12-01T09:00:00Z");

        consent.revoke("citizen-helper", withdrawn);

        assertEquals(withdrawn, consent.revokedAt());
        assertEquals("citizen-helper", consent.revokedBy());
        assertFalse(consent.inForceOn(GIVEN));
        assertFalse(consent.allowsSharingWith(KOBENHAVN, LocalDate.of(2026, 12, 1)));
    }

    @Test
    void shouldRefuseWithdrawingTwiceAndKeepTheFirstWithdrawal() {
        Consent consent = consentToShareWith(plan, KOBENHAVN, GIVEN, EXPIRES);
        consent.revoke("first", NOW);

        PlanRuleException refusal = refused(() -> consent.revoke("second", NOW.plusSeconds(60)));

        assertEquals("The consent was already revoked", refusal.getMessage());
        assertEquals("first", consent.revokedBy());
        assertEquals(NOW, consent.revokedAt());
    }

    @Test
    void shouldAllowSharingOnlyWithTheMunicipalityNamed() {
        Consent consent = consentToShareWith(plan, KOBENHAVN, GIVEN, EXPIRES);

        assertTrue(consent.allowsSharingWith(KOBENHAVN, GIVEN));
        assertFalse(consent.allowsSharingWith(ODENSE, GIVEN));
    }

    @Test
    void shouldNotLetAConsentToShareWithAMunicipalityCrossLines() {
        assertFalse(consentToShareWith(plan, KOBENHAVN, GIVEN, EXPIRES).allowsCrossingLines(GIVEN));
    }

    @Test
    void shouldNotLetAConsentToCrossLinesShareWithAnyMunicipality() {
        Consent acrossLines = Consent.record(plan.id(), Consent.Purpose.SHARE_ACROSS_LINES, null, Consent.Basis.CONSENT,
                null, GIVEN, EXPIRES, CASEWORKER, NOW);

        assertTrue(acrossLines.allowsCrossingLines(GIVEN));
        assertFalse(acrossLines.allowsSharingWith(KOBENHAVN, GIVEN));
    }

    @Test
    void shouldNotLetAWithdrawnConsentCrossLines() {
        Consent acrossLines = Consent.record(plan.id(), Consent.Purpose.SHARE_ACROSS_LINES, null, Consent.Basis.CONSENT,
                null, GIVEN, null, CASEWORKER, NOW);

        acrossLines.revoke(CASEWORKER, NOW);

        assertFalse(acrossLines.allowsCrossingLines(GIVEN));
    }

    @Test
    void shouldShareThePlanOfTheConsentUnderIt() {
        Consent consent = consentToShareWith(plan, KOBENHAVN, GIVEN, EXPIRES);

        PlanShare share = PlanShare.under(consent, KOBENHAVN, CASEWORKER, NOW);

        assertEquals(plan.id(), share.planId());
        assertEquals(consent.id(), share.consentId());
        assertEquals(KOBENHAVN, share.municipality());
        assertEquals(CASEWORKER, share.sharedBy());
        assertEquals(NOW, share.sharedAt());
    }
}
