package dk.mentor.matching.api;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.mentor.contracts.events.CloudEventHeaders;
import dk.mentor.contracts.events.Topics;
import dk.mentor.contracts.events.followup.PlanOpened;
import dk.mentor.testing.infra.TestInfra;
import dk.mentor.testing.infra.TestInfraResource;
import dk.mentor.testing.kafka.TopicWriter;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which legal basis a referral may name: § 99 only for an anonymous citizen, VOLUNTARY for volunteers, INL for company mentors. */
@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "matching"))
class LegalBasisReferralTest {

    private static final String AARHUS = "0751";
    private final Caseworker caseworker = new Caseworker(AARHUS);

    @Test
    void shouldRefuseAnythingButSection99ForAnAnonymousCitizensPlan() {
        UUID named = UUID.randomUUID();
        UUID anonymous = UUID.randomUUID();
        publishPlan(named, false);
        publishPlan(anonymous, true);

        Map<String, Object> lab = caseworker.referral(Map.of());
        lab.put("planId", anonymous.toString());
        await().atMost(Duration.ofSeconds(30)).until(() -> caseworker.as().body(lab).post("/api/v1/referrals").statusCode() == 422);
        caseworker.as().body(lab).post("/api/v1/referrals").then().statusCode(422)
                .body("errors[0].field", equalTo("legalBasis"));
        Map<String, Object> integration = caseworker.referral(Map.of());
        integration.put("planId", anonymous.toString());
        integration.put("legalBasis", "INL_23D");
        caseworker.as().body(integration).post("/api/v1/referrals").then().statusCode(422);

        Map<String, Object> contactPerson = caseworker.referral(Map.of());
        contactPerson.put("planId", anonymous.toString());
        contactPerson.put("legalBasis", "SEL_99");
        caseworker.as().body(contactPerson).post("/api/v1/referrals").then().statusCode(201);
        Map<String, Object> namedLab = caseworker.referral(Map.of());
        namedLab.put("planId", named.toString());
        caseworker.as().body(namedLab).post("/api/v1/referrals").then().statusCode(201);
    }

    @Test
    void shouldMatchAVolunteerWithoutStatutoryBasisUnderVoluntary() {
        String tag = RankingResourceTest.tag();
        var withoutBasis = Catalogue.Mentor.active(AARHUS, tag).legalBases();
        var voluntary = Catalogue.Mentor.active(AARHUS, tag).legalBases("VOLUNTARY");
        var labOnly = Catalogue.Mentor.active(AARHUS, tag);
        Catalogue.publish(withoutBasis, voluntary, labOnly);
        Map<String, Object> body = caseworker.referral(Caseworker.sameBackground(tag));
        body.put("legalBasis", "VOLUNTARY");
        body.put("periodEnd", "2027-12-31"); // no act limits a voluntary friendship to 6 months
        String referral = caseworker.order(body);
        caseworker.shortlist(referral).then().statusCode(200).body("status", equalTo("PROPOSED"));
        assertEquals(List.of(voluntary.id().toString(), withoutBasis.id().toString()).stream().sorted().toList(),
                caseworker.proposals(referral).stream().map(RankingResourceTest::mentorId).sorted().toList(),
                "the LAB-only mentor is not proposed for a voluntary friendship");

        Map<String, Object> paidRole = caseworker.referral(Map.of());
        paidRole.put("legalBasis", "VOLUNTARY");
        paidRole.put("roleWanted", "LAB_MENTOR");
        caseworker.as().body(paidRole).post("/api/v1/referrals").then().statusCode(422);
    }

    @Test
    void shouldLetACompanyMentorActUnderTheIntegrationAct() {
        Map<String, Object> body = caseworker.referral(Map.of());
        body.put("legalBasis", "INL_23D");
        body.put("targetGroups", List.of("INTEGRATION_PROGRAMME"));
        body.put("roleWanted", "COMPANY_MENTOR");
        caseworker.as().body(body).post("/api/v1/referrals").then().statusCode(201);
        body.put("roleWanted", "CONTACT_PERSON_SEL99");
        caseworker.as().body(body).post("/api/v1/referrals").then().statusCode(422);
    }

    private static void publishPlan(UUID planId, boolean anonymous) {
        try {
            PlanOpened opened = new PlanOpened(planId, UUID.randomUUID(), AARHUS, List.of(), LocalDate.of(2026, 12, 1),
                    Instant.parse("2026-12-01T09:00:00Z"), anonymous);
            TopicWriter.send(TestInfra.kafka().bootstrapServers(), Topics.FOLLOWUP_PLAN, planId.toString(),
                    Catalogue.JSON.writeValueAsString(opened),
                    Map.of(CloudEventHeaders.SPEC_VERSION, "1.0", CloudEventHeaders.ID, UUID.randomUUID().toString(),
                            CloudEventHeaders.TYPE, PlanOpened.TYPE.value(), CloudEventHeaders.SOURCE, "/followup-service",
                            CloudEventHeaders.SUBJECT, planId.toString(), CloudEventHeaders.MUNICIPALITY, AARHUS));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
