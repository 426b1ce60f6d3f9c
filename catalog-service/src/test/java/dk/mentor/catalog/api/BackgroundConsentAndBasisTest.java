package dk.mentor.catalog.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mentor.contracts.events.CloudEventHeaders;
import dk.mentor.testing.kafka.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Religion and ethnicity tags reach matching only with the mentor's consent; VOLUNTARY is for unpaid
 * volunteers; vetting rows say whether the law or the municipality asks for them.
 */
@QuarkusTest
class BackgroundConsentAndBasisTest extends CatalogTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldPublishBackgroundTagsOnlyWhileTheMentorConsents() throws Exception {
        Map<String, Object> body = volunteer("Consent Mentor", AARHUS);
        body.put("roleModelTags", List.of("former drug user"));
        String id = registered(body);
        String token = coordinator(AARHUS);
        String path = "/api/v1/mentors/" + id + "/background-consent";

        put(token, path, etag(token, id), Map.of("tags", List.of(), "givenOn", "2026-11-20")).statusCode(400);
        put(token, path, etag(token, id), Map.of("tags", List.of("Muslim"), "givenOn", "2099-01-01")).statusCode(400);
        put(token, path, etag(token, id), Map.of("tags", List.of("Muslim"), "givenOn", "2026-11-20")).statusCode(200)
                .body("backgroundTags", equalTo(List.of("muslim"))).body("backgroundConsentGivenOn", equalTo("2026-11-20"))
                .body("roleModelTags", equalTo(List.of("former drug user")));
        assertEquals(List.of("former drug user", "muslim"), latestProfileTags(id, 1));
        given().header("Authorization", caseworker(AARHUS)).header("If-Match", etag(token, id))
                .delete(path).then().statusCode(403);

        given().header("Authorization", token).header("If-Match", etag(token, id)).delete(path).then().statusCode(200)
                .body("backgroundTags", hasSize(0)).body("backgroundConsentGivenOn", equalTo(null));
        assertEquals(List.of("former drug user"), latestProfileTags(id, 2), "a withdrawal removes the tags from matching");
    }

    @Test
    void shouldRefuseVoluntaryBasisForAPaidMentorButAcceptItForAVolunteer() {
        Map<String, Object> paid = volunteer("Paid Voluntary", AARHUS);
        paid.put("kind", "PAID_SOCIAL_MENTOR");
        paid.put("legalBases", List.of("LAB_167", "VOLUNTARY"));
        register(coordinator(AARHUS), paid).statusCode(422).body("errors[0].field", equalTo("legalBases"));

        Map<String, Object> volunteer = volunteer("Voluntary Friend", AARHUS);
        volunteer.put("legalBases", List.of("VOLUNTARY"));
        register(coordinator(AARHUS), volunteer).statusCode(201).body("legalBases", equalTo(List.of("VOLUNTARY")));

        Map<String, Object> company = volunteer("Company Integration", AARHUS);
        company.put("kind", "COMPANY_MENTOR");
        company.put("legalBases", List.of("INL_23D"));
        register(coordinator(AARHUS), company).statusCode(201).body("legalBases", equalTo(List.of("INL_23D")));
    }

    @Test
    void shouldMarkTheVettingRequirementsAsTheMunicipalitysPolicyChoice() {
        String id = registerVolunteer("Vetting Policy", AARHUS);
        given().header("Authorization", coordinator(AARHUS)).get("/api/v1/mentors/" + id).then().statusCode(200)
                .body("vettingRequirements.requirement", equalTo(List.of("CHILD_PROTECTION_CERTIFICATE", "INTAKE_INTERVIEW")))
                .body("vettingRequirements.policyChoice", equalTo(List.of(true, true)))
                .body("vettingRequirements[0].source", org.hamcrest.Matchers.containsString("børn under 15"));
    }

    /** The role-model tags of the mentor's profile event of this version, once published. */
    private static List<String> latestProfileTags(String id, long version) throws Exception {
        ConsumerRecord<String, String> record = await().atMost(Duration.ofSeconds(20)).until(() -> MentorEventsTest.ofKey(id)
                .stream().filter(r -> TopicReader.header(r, CloudEventHeaders.TYPE).endsWith("MentorProfileChanged.v1"))
                .filter(r -> r.value().contains("\"version\":" + version + ",")).findFirst().orElse(null), r -> r != null);
        JsonNode profile = JSON.readTree(record.value());
        List<String> tags = new ArrayList<>();
        profile.get("roleModelTags").forEach(t -> tags.add(t.asText()));
        assertTrue(profile.get("version").asLong() == version);
        return tags;
    }
}
