package dk.mentor.followup.domain;

import static dk.mentor.followup.domain.Fixtures.terms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The terms a mentor agreement must state, each named when missing. */
class AgreementTermsTest {

    private static final LocalDate FROM = LocalDate.of(2026, 11, 2);

    @Test
    void shouldMissNothingWhenEveryRequiredTermIsStated() {
        assertTrue(terms(FROM, FROM.plusMonths(3)).missing().isEmpty());
    }

    @Test
    void shouldNameEveryMissingTermInTheOrderOfTheForm() {
        AgreementTerms empty = new AgreementTerms(null, null, null, null, null, null, null, null, false, null, null);

        List<PlanRuleException.Issue> missing = empty.missing();

        assertEquals(List.of("goal", "mentorName", "mentorContact", "tasks", "periodFrom", "periodTo", "hoursPerWeek",
                "complaintGuidance"), missing.stream().map(PlanRuleException.Issue::field).toList());
        assertTrue(missing.stream().allMatch(i -> i.message().equals("is required in a mentor agreement")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t"})
    void shouldCountABlankTextTermAsMissing(String blank) {
        AgreementTerms t = terms(FROM, FROM.plusMonths(3));
        AgreementTerms blanks = new AgreementTerms(t.goal(), blank, t.mentorContact(), blank, t.periodFrom(), t.periodTo(),
                t.hoursPerWeek(), blank, false, null, null);

        assertEquals(List.of("mentorName", "tasks", "complaintGuidance"),
                blanks.missing().stream().map(PlanRuleException.Issue::field).toList());
    }

    @Test
    void shouldNotRequireActivationOrRenewalTerms() {
        AgreementTerms t = terms(FROM, FROM.plusMonths(3));

        assertTrue(new AgreementTerms(t.goal(), t.mentorName(), t.mentorContact(), t.tasks(), t.periodFrom(), t.periodTo(),
                t.hoursPerWeek(), t.complaintGuidance(), true, null, null).missing().isEmpty());
    }
}
