package dk.mentor.matching.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dk.mentor.contracts.events.CloudEventHeaders;
import dk.mentor.contracts.events.Topics;
import dk.mentor.testing.infra.TestInfra;
import dk.mentor.testing.infra.TestInfraResource;
import dk.mentor.testing.kafka.TopicWriter;
import dk.mentor.testing.tokens.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The read model follows MentorProfileChanged: a newer version replaces the profile, an older one is ignored. */
@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "matching"))
class MentorProfileEventsTest {

    @Test
    void shouldApplyNewerProfileAndIgnoreOlderVersion() {
        var mentor = Catalogue.Mentor.active("0751", RankingResourceTest.tag()).version(3);
        Catalogue.publish(mentor);
        Catalogue.send(mentor.version(2).status("PAUSED"));
        Catalogue.publish(mentor.version(4).seats(5));

        given().header("Authorization", TestTokens.user("c").roles("coordinator").municipalities("0751").bearer())
                .get("/api/v1/mentor-candidates/" + mentor.id()).then().statusCode(200)
                .body("profileVersion", equalTo(4))
                .body("status", equalTo("ACTIVE"))
                .body("capacityCitizens", equalTo(5))
                .body("freeSeats", equalTo(5))
                .body("eventsApplied", equalTo(2));
    }

    @Test
    void shouldCountRegistrationAndFirstProfileAsOneVersion() {
        var mentor = Catalogue.Mentor.active("0751", RankingResourceTest.tag()).version(0);
        String registered = "{\"mentorId\":\"" + mentor.id() + "\",\"homeMunicipality\":\"0751\",\"kind\":\"PAID_SOCIAL_MENTOR\","
                + "\"legalBases\":[\"LAB_167\"],\"capacityCitizens\":2,\"capacityHoursPerWeek\":6.0,"
                + "\"registeredAt\":\"2026-11-23T10:00:00Z\"}";
        TopicWriter.send(TestInfra.kafka().bootstrapServers(), Topics.CATALOG_MENTOR, mentor.id().toString(), registered,
                Map.of(CloudEventHeaders.SPEC_VERSION, "1.0", CloudEventHeaders.ID, UUID.randomUUID().toString(),
                        CloudEventHeaders.TYPE, "dk.mentor.catalog.MentorRegistered.v1", CloudEventHeaders.SOURCE, "/catalog-service",
                        CloudEventHeaders.SUBJECT, mentor.id().toString(), CloudEventHeaders.MUNICIPALITY, "0751"));
        Catalogue.publish(mentor);

        given().header("Authorization", TestTokens.user("c").roles("coordinator").municipalities("0751").bearer())
                .get("/api/v1/mentor-candidates/" + mentor.id()).then().statusCode(200)
                .body("profileVersion", equalTo(0))
                .body("status", equalTo("ACTIVE"))
                .body("displayName", equalTo(mentor.event().displayName()))
                .body("eventsApplied", equalTo(1));
    }

    @Test
    void shouldShowSharedMentorToListedMunicipalityOnly() {
        var mentor = Catalogue.Mentor.active("0751", RankingResourceTest.tag()).sharedWith("0746");
        Catalogue.publish(mentor);
        given().header("Authorization", TestTokens.user("s").roles("caseworker").municipalities("0746").bearer())
                .get("/api/v1/mentor-candidates/" + mentor.id()).then().statusCode(200);
        given().header("Authorization", TestTokens.user("k").roles("caseworker").municipalities("0101").bearer())
                .get("/api/v1/mentor-candidates/" + mentor.id()).then().statusCode(404);
    }
}
