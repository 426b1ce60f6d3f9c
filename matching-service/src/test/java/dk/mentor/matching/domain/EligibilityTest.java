package dk.mentor.matching.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.contracts.rules.RuleViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The eligibility rows judged as the seeding migration states them (a few of them, as plain objects). */
class EligibilityTest {

    private static final LocalDate MAY_2010 = LocalDate.of(2010, 5, 3);

    private static final List<EligibilityRule> ROWS = List.of(
            allow("LAB-78-MENTORS", "LAB_78", "PAID_SOCIAL_MENTOR", null, "2009-07-06", "2013-12-31"),
            allow("LAB-78-MENTORS", "LAB_78", "VOLUNTEER", null, "2009-07-06", "2013-12-31"),
            row("LAB-78-MATCHGROUP-3", "LAB_78", EligibilityRule.Effect.DENY, null, null, 3, "2010-04-01", "2013-12-31"),
            allow("INL-23D-PROGRAMME", "INL_23D", "INTEGRATION_MENTOR", "INTEGRATION_PROGRAMME", "2009-07-06", null),
            allow("INL-23D-PROGRAMME", "INL_23D", "COMPANY_MENTOR", "INTEGRATION_PROGRAMME", "2009-07-06", null),
            allow("SEL-99-CONTACT", "SEL_99", "CONTACT_PERSON_SEL99", null, "2006-01-01", null));

    @Test
    void shouldRefuseLabMentorForMatchGroupThreeFromApril2010NamingTheRule() {
        Eligibility judged = Eligibility.of(ROWS, "LAB_78", List.of("SICK_LISTED"), 3, MAY_2010);

        RuleViolation refusal = assertThrows(RuleViolation.class, judged::requireSomeKind);

        assertTrue(refusal.getMessage().contains("LAB-78-MATCHGROUP-3"), refusal.getMessage());
        assertTrue(refusal.getMessage().contains("Matchgruppe 3"), refusal.getMessage());
        assertTrue(refusal.getMessage().contains("01-04-2010"), "a Danish date: " + refusal.getMessage());
        assertEquals("legalBasis", refusal.issues().get(0).field());
    }

    @Test
    void shouldAllowMatchGroupThreeBeforeApril2010AndOtherGroupsAfter() {
        assertEquals(Set.of("PAID_SOCIAL_MENTOR", "VOLUNTEER"),
                Eligibility.of(ROWS, "LAB_78", List.of(), 3, LocalDate.of(2010, 3, 31)).kinds());
        assertEquals(Set.of("PAID_SOCIAL_MENTOR", "VOLUNTEER"), Eligibility.of(ROWS, "LAB_78", List.of(), 2, MAY_2010).kinds());
        assertEquals(Set.of("PAID_SOCIAL_MENTOR", "VOLUNTEER"), Eligibility.of(ROWS, "LAB_78", List.of(), null, MAY_2010).kinds());
    }

    @Test
    void shouldLetOnlyCitizensOfTheIntegrationProgrammeHaveAnIntegrationActMentor() {
        Eligibility outside = Eligibility.of(ROWS, "INL_23D", List.of("LANGUAGE_BARRIERS"), null, LocalDate.of(2026, 12, 1));
        RuleViolation refusal = assertThrows(RuleViolation.class, outside::requireSomeKind);
        assertTrue(refusal.getMessage().startsWith("Ingen regel om mentorberettigelse tillader mentorstøtte efter INL_23D"),
                refusal.getMessage());
        assertTrue(refusal.getMessage().contains("INL-23D-PROGRAMME (kun målgruppe INTEGRATION_PROGRAMME)"), refusal.getMessage());

        Eligibility inside = Eligibility.of(ROWS, "INL_23D", List.of("LANGUAGE_BARRIERS", "INTEGRATION_PROGRAMME"), null,
                LocalDate.of(2026, 12, 1));
        inside.requireSomeKind();
        assertEquals(Set.of("INTEGRATION_MENTOR", "COMPANY_MENTOR"), inside.kinds());
    }

    @Test
    void shouldLetADenyRowForOneKindLeaveTheOthers() {
        List<EligibilityRule> rows = new java.util.ArrayList<>(ROWS);
        rows.add(row("NO-VOLUNTEERS", "LAB_78", EligibilityRule.Effect.DENY, "VOLUNTEER", "SUBSTANCE_MISUSE", null,
                "2010-01-01", null));

        assertEquals(Set.of("PAID_SOCIAL_MENTOR"), Eligibility.of(rows, "LAB_78", List.of("SUBSTANCE_MISUSE"), 2, MAY_2010).kinds());
        assertEquals(Set.of("PAID_SOCIAL_MENTOR", "VOLUNTEER"), Eligibility.of(rows, "LAB_78", List.of("SICK_LISTED"), 2, MAY_2010).kinds());
    }

    @Test
    void shouldRefuseABasisWithoutRowsOnTheDay() {
        RuleViolation refusal = assertThrows(RuleViolation.class,
                () -> Eligibility.of(ROWS, "LAB_78", List.of(), null, LocalDate.of(2014, 1, 1)).requireSomeKind());
        assertTrue(refusal.getMessage().contains("Der er ingen regel for LAB_78 på den dato"), refusal.getMessage());
        assertEquals(Set.of("CONTACT_PERSON_SEL99"), Eligibility.of(ROWS, "SEL_99", List.of(), 3, MAY_2010).kinds());
    }

    private static EligibilityRule allow(String code, String basis, String kind, String group, String from, String to) {
        return row(code, basis, EligibilityRule.Effect.ALLOW, kind, group, null, from, to);
    }

    private static EligibilityRule row(String code, String basis, EligibilityRule.Effect effect, String kind, String group,
                                       Integer matchGroup, String from, String to) {
        String title = code.equals("LAB-78-MATCHGROUP-3") ? "Matchgruppe 3 kan ikke få mentor efter LAB fra april 2010" : code;
        return EligibilityRule.add(new EligibilityRule.Terms(code, basis, effect, kind, group, matchGroup,
                LocalDate.parse(from), to == null ? null : LocalDate.parse(to), title, "test"), "test", Instant.EPOCH);
    }
}
