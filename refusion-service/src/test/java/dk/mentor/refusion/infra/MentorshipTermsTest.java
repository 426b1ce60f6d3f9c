package dk.mentor.refusion.infra;

import static dk.mentor.refusion.Feed.minutes;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.mentor.contracts.events.matching.MentorshipRenewed;
import dk.mentor.contracts.events.matching.MentorshipStarted;
import dk.mentor.refusion.Api;
import dk.mentor.refusion.Feed;
import dk.mentor.refusion.domain.MentorshipTerm;
import dk.mentor.refusion.infra.persistence.MentorshipTermRepository;
import dk.mentor.testing.infra.TestInfraResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Meetings are priced by the mentorship's agreement (rule review E3, E14): its target groups and its
 * agreed rate for the grant in force on the day, not the plan's opening groups or the rate of the day.
 */
@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "refusion"))
class MentorshipTermsTest {

    private static final String HJOERRING = "0860";
    private static final String FREDERIKSHAVN = "0813";

    @Inject
    MentorshipTermRepository terms;

    @Test
    void shouldPriceByTheAgreedGroupsAndRateNotThePlansGroupsOrTheRateOfTheDay() {
        UUID plan = UUID.randomUUID();
        UUID mentor = UUID.randomUUID();
        UUID mentorship = UUID.randomUUID();
        Feed.publish(Feed.planOpened(plan, HJOERRING, List.of("ACTIVITY_READY"), LocalDate.of(2010, 1, 4)));
        Feed.publish(Feed.profile(mentor, HJOERRING, 1, "150", false, LocalDate.of(2009, 12, 1)));
        UUID early = UUID.randomUUID();
        Feed.publish(Feed.meeting(plan, early, HJOERRING, mentor, mentorship, LocalDate.of(2010, 3, 3),
                minutes("LAB_78", 60), List.of()));
        UUID marker = UUID.randomUUID();
        Feed.publish(Feed.meeting(plan, marker, HJOERRING, mentor, null, LocalDate.of(2010, 3, 4),
                minutes("LAB_78", 60), List.of()));
        Api.awaitLines(HJOERRING, marker, 1);
        assertEquals(0, Api.linesOfMeeting(HJOERRING, early).size());   // waits for the agreement

        Feed.publish(started(mentorship, plan, mentor, "200", List.of("JOB_READY"), LocalDate.of(2010, 3, 1),
                LocalDate.of(2010, 8, 31)));
        Map<String, Object> line = Api.awaitLines(HJOERRING, early, 1).get(0);
        assertEquals(200.0f, ((Number) line.get("amount")).floatValue());
        assertEquals(List.of("JOB_READY"), line.get("targetGroups"));

        // the profile's rate rises; the agreement's rate still prices the mentorship's meetings
        Feed.publish(Feed.profile(mentor, HJOERRING, 2, "300", false, LocalDate.of(2010, 4, 1)));
        UUID later = UUID.randomUUID();
        Feed.publish(Feed.meeting(plan, later, HJOERRING, mentor, mentorship, LocalDate.of(2010, 5, 5),
                minutes("LAB_78", 60), List.of()));
        UUID outside = UUID.randomUUID();
        Feed.publish(Feed.meeting(plan, outside, HJOERRING, mentor, null, LocalDate.of(2010, 5, 6),
                minutes("LAB_78", 60), List.of()));
        assertEquals(300.0f, ((Number) Api.awaitLines(HJOERRING, outside, 1).get(0).get("amount")).floatValue());
        assertEquals(200.0f, ((Number) Api.awaitLines(HJOERRING, later, 1).get(0).get("amount")).floatValue());
        assertEquals(1, Api.linesOfMeeting(HJOERRING, early).size());   // not re-priced at the new rate
        assertEquals(List.of("ACTIVITY_READY"), Api.linesOfMeeting(HJOERRING, outside).get(0).get("targetGroups"));
    }

    @Test
    void shouldCarryTheAgreedTermsIntoARenewedGrant() {
        UUID plan = UUID.randomUUID();
        UUID mentor = UUID.randomUUID();
        UUID mentorship = UUID.randomUUID();
        Feed.publish(started(mentorship, plan, mentor, "180", List.of("EDUCATION_READY"), LocalDate.of(2010, 3, 1),
                LocalDate.of(2010, 8, 31)));
        var renewal = new MentorshipRenewed(mentorship, plan, mentor, FREDERIKSHAVN, LocalDate.of(2010, 8, 31),
                LocalDate.of(2011, 2, 28), new BigDecimal("3"), 14, Instant.now());
        Feed.publish(renewal);
        Feed.publish(renewal);   // a repeat under a new id adds no second grant

        // a second renewal on the same key: once it is seen, the repeat before it was too
        Feed.publish(new MentorshipRenewed(mentorship, plan, mentor, FREDERIKSHAVN, LocalDate.of(2011, 2, 28),
                LocalDate.of(2011, 8, 31), new BigDecimal("2"), null, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> grants(mentorship).size() >= 3);
        List<MentorshipTerm> grants = grants(mentorship);
        assertEquals(3, grants.size());
        assertEquals(LocalDate.of(2011, 3, 1), grants.get(2).validFrom());
        assertEquals(LocalDate.of(2010, 9, 1), grants.get(1).validFrom());
        assertEquals(LocalDate.of(2011, 2, 28), grants.get(1).validTo());
        assertEquals(0, new BigDecimal("180").compareTo(grants.get(1).hourlyRate()));
        assertEquals(List.of("EDUCATION_READY"), grants.get(1).targetGroups());
    }

    @Test
    void shouldNeverJudgeVoluntaryMinutesForRefundEvenWhenARuleRowNamesThem() {
        Map<String, Object> row = new java.util.HashMap<>();
        row.put("regime", "LAB_2009");
        row.put("legalBasis", "VOLUNTARY");
        row.put("expenseType", "WAGE");
        row.put("municipality", FREDERIKSHAVN);
        row.put("refundRate", "0.5");
        row.put("ceilingKind", "NONE");
        row.put("claimPeriod", "QUARTER");
        row.put("validFrom", "2010-01-01");
        row.put("validTo", "2010-12-31");
        row.put("placeholder", false);
        row.put("sourceNote", "A row entered by mistake: volunteers have no statutory basis");
        Api.admin().contentType("application/json").body(row).when().post("/api/v1/rule-sets").then().statusCode(201);
        UUID plan = UUID.randomUUID();
        UUID mentor = UUID.randomUUID();
        Feed.publish(Feed.planOpened(plan, FREDERIKSHAVN, List.of(), LocalDate.of(2010, 1, 4)));
        Feed.publish(Feed.profile(mentor, FREDERIKSHAVN, 1, "150", false, LocalDate.of(2009, 12, 1)));
        UUID meeting = UUID.randomUUID();
        Feed.publish(Feed.meeting(plan, meeting, FREDERIKSHAVN, mentor, null, LocalDate.of(2010, 4, 6),
                List.of(new dk.mentor.contracts.events.followup.MinutesUnderBasis("VOLUNTARY", 60),
                        new dk.mentor.contracts.events.followup.MinutesUnderBasis("LAB_78", 60)), List.of()));
        List<Map<String, Object>> lines = Api.awaitLines(FREDERIKSHAVN, meeting, 2);
        assertEquals("NONE", lines.get(0).get("regime"));
        assertEquals(null, lines.get(0).get("ruleSetId"));
        assertEquals(150.0f, ((Number) lines.get(0).get("amount")).floatValue());   // the cost still shows
        assertEquals(0.0f, ((Number) lines.get(0).get("refundRate")).floatValue());
        assertEquals("LAB_2009", lines.get(1).get("regime"));
    }

    private List<MentorshipTerm> grants(UUID mentorship) {
        return QuarkusTransaction.requiringNew().call(() -> terms.grants(mentorship));
    }

    private static MentorshipStarted started(UUID mentorship, UUID plan, UUID mentor, String rate, List<String> groups,
                                             LocalDate from, LocalDate to) {
        return new MentorshipStarted(mentorship, UUID.randomUUID(), plan, mentor, "Mentor", null, "PAID_SOCIAL_MENTOR",
                HJOERRING, HJOERRING, "LAB_78", "LAB_MENTOR", groups, new BigDecimal("3"), new BigDecimal(rate), from, to,
                Instant.now(), null);
    }
}
