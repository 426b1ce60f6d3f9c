package dk.mentor.refusion.infra;

import static dk.mentor.refusion.Feed.minutes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.mentor.contracts.events.matching.MentorshipStarted;
import dk.mentor.refusion.Api;
import dk.mentor.refusion.Feed;
import dk.mentor.testing.infra.TestInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A company mentor's hours on a placement reach the ledger like any mentor's: the meeting under the
 * mentorship is priced at the rate the mentorship agreed (what the company is paid for its employee's
 * time, LAB § 78), judged by the WAGE rule of the minutes' basis, and the line says it is a company
 * mentor's.
 */
@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "refusion"))
class CompanyMentorPricingTest {

    private static final String AARHUS = "0751";

    @Test
    void shouldPriceACompanyMentorsMeetingAtTheAgreedRateUnderTheRuleOfItsBasis() {
        UUID plan = UUID.randomUUID();
        UUID mentor = UUID.randomUUID();
        UUID mentorship = UUID.randomUUID();
        LocalDate start = LocalDate.of(2011, 2, 1);
        Feed.publish(Feed.planOpened(plan, AARHUS, List.of("LONG_TERM_UNEMPLOYED"), start));
        Feed.publish(Feed.profile(mentor, "COMPANY_MENTOR", AARHUS, 1, "250", false, false, start.minusMonths(1)));
        Feed.publish(new MentorshipStarted(mentorship, UUID.randomUUID(), plan, mentor, "Jonas Mikkelsen", null,
                "COMPANY_MENTOR", AARHUS, AARHUS, "LAB_78", "COMPANY_MENTOR", List.of("LONG_TERM_UNEMPLOYED"),
                new BigDecimal("3"), new BigDecimal("180"), start, start.plusMonths(6), Instant.now(), null));
        UUID meeting = UUID.randomUUID();
        Feed.publish(Feed.meeting(plan, meeting, AARHUS, mentor, mentorship, start.plusDays(9), minutes("LAB_78", 90),
                List.of()));

        Map<String, Object> line = Api.awaitLines(AARHUS, meeting, 1).get(0);
        assertEquals("COMPANY_MENTOR", line.get("mentorKind"));
        assertEquals("WAGE", line.get("expenseType"));
        assertEquals("LAB_78", line.get("legalBasis"));
        assertEquals(180.0f, ((Number) line.get("hourlyRate")).floatValue(), "the mentorship's agreed rate, not the profile's");
        assertEquals(270.0f, ((Number) line.get("amount")).floatValue());
        assertEquals("LAB_2009", line.get("regime"));
        assertEquals(0.5f, ((Number) line.get("refundRate")).floatValue());
    }
}
