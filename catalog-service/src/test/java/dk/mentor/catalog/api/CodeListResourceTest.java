package dk.mentor.catalog.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import dk.mentor.contracts.events.CloudEventHeaders;
import dk.mentor.contracts.events.Topics;
import dk.mentor.testing.infra.TestInfra;
import dk.mentor.testing.kafka.TopicReader;
import dk.mentor.testing.tokens.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The code lists are rows an administrator extends: a reform's new code is listed and accepted without a release. */
@QuarkusTest
class CodeListResourceTest extends CatalogTest {

    private static final String ADMIN = TestTokens.user("admin-" + AARHUS).roles("admin").municipalities(AARHUS).bearer();

    private static Map<String, Object> targetGroup(String nameDa, String validFrom) {
        Map<String, Object> body = new HashMap<>();
        body.put("nameDa", nameDa);
        body.put("nameEn", "Reform category");
        body.put("validFrom", validFrom);
        body.put("kind", "CATEGORY");
        return body;
    }

    private static ValidatableResponse putEntry(String token, String path, String ifMatch, Map<String, Object> body) {
        var request = given().header("Authorization", token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.when().put("/api/v1/code-lists/" + path).then();
    }

    @Test
    void anAdministratorAddsATargetGroupThatIsThenListedAnnouncedAndAcceptedOnAMentor() {
        Map<String, Object> mentor = volunteer("Reform mentor", AARHUS);
        mentor.put("targetGroups", List.of("REFORM_JOB_COURSE"));
        register(coordinator(AARHUS), mentor).statusCode(422).body("errors[0].field", equalTo("targetGroups"))
                .body("detail", containsString("REFORM_JOB_COURSE"));

        putEntry(ADMIN, "TARGET_GROUP/REFORM_JOB_COURSE", null, targetGroup("Personer i jobforløb", "2026-01-01"))
                .statusCode(201).header("ETag", "\"1\"").body("version", equalTo(1)).body("kind", equalTo("CATEGORY"));

        given().header("Authorization", caseworker(KOBENHAVN)).when().get("/api/v1/code-lists/TARGET_GROUP")
                .then().statusCode(200).body("code", hasItems("REFORM_JOB_COURSE", "SICK_LISTED", "JOB_OR_EDUCATION_READY"));
        given().header("Authorization", caseworker(KOBENHAVN)).queryParam("on", "2025-06-01").when().get("/api/v1/code-lists/TARGET_GROUP")
                .then().statusCode(200).body("code", not(hasItem("REFORM_JOB_COURSE"))).body("code", not(hasItem("JOB_OR_EDUCATION_READY")));
        register(coordinator(AARHUS), mentor).statusCode(201).body("targetGroups", equalTo(List.of("REFORM_JOB_COURSE")));

        List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(20)).until(() ->
                TopicReader.readAll(TestInfra.kafka().bootstrapServers(), Topics.CATALOG_CODE_LIST).stream()
                        .filter(r -> "TARGET_GROUP/REFORM_JOB_COURSE".equals(r.key())).toList(), r -> !r.isEmpty());
        assertThat(TopicReader.header(records.get(0), CloudEventHeaders.TYPE), equalTo("dk.mentor.catalog.CodeListEntryChanged.v1"));
        assertThat(records.get(0).value(), containsString("\"nameDa\":\"Personer i jobforløb\""));
        assertThat(records.get(0).value(), containsString("\"version\":1"));
    }

    @Test
    void aRetiredTargetGroupStillListsButIsNotAcceptedForNewData() {
        Map<String, Object> mentor = volunteer("Merged group", AARHUS);
        mentor.put("targetGroups", List.of("JOB_OR_EDUCATION_READY"));
        register(coordinator(AARHUS), mentor).statusCode(422).body("errors[0].field", equalTo("targetGroups"))
                .body("errors[0].message", containsString("JOB_READY"));
    }

    @Test
    void onlyAnAdministratorChangesTheLists() {
        putEntry(coordinator(AARHUS), "TARGET_GROUP/NOT_BY_A_COORDINATOR", null, targetGroup("Ikke tilladt", "2026-01-01"))
                .statusCode(403);
        given().header("Authorization", coordinator(AARHUS)).when().get("/api/v1/code-lists/TARGET_GROUP")
                .then().statusCode(200).body("code", not(hasItem("NOT_BY_A_COORDINATOR")));
        given().header("Authorization", ADMIN).when().get("/api/v1/code-lists/NO_SUCH_LIST").then().statusCode(404);
    }

    @Test
    void aBadEntryIsRefusedWith422NamingTheField() {
        putEntry(ADMIN, "TARGET_GROUP/lower_case", null, targetGroup("Små bogstaver", "2026-01-01"))
                .statusCode(422).body("errors[0].field", equalTo("code"));
        Map<String, Object> backwards = targetGroup("Baglæns", "2026-06-01");
        backwards.put("validTo", "2026-05-31");
        putEntry(ADMIN, "TARGET_GROUP/BACKWARDS", null, backwards).statusCode(422).body("errors[0].field", equalTo("validTo"));
        Map<String, Object> nameless = targetGroup(" ", "2026-01-01");
        putEntry(ADMIN, "TARGET_GROUP/NAMELESS", null, nameless).statusCode(422).body("errors[0].field", equalTo("nameDa"));
        Map<String, Object> withRoles = targetGroup("Med roller", "2026-01-01");
        withRoles.put("roles", List.of("LAB_MENTOR"));
        putEntry(ADMIN, "TARGET_GROUP/WITH_ROLES", null, withRoles).statusCode(422).body("errors[0].field", equalTo("legalLine"));

        String etag = given().header("Authorization", ADMIN).when().get("/api/v1/code-lists/LEGAL_BASIS")
                .then().statusCode(200).extract().path("find { it.code == 'LAB_167' }.version").toString();
        Map<String, Object> moved = new HashMap<>(Map.of("nameDa", "LAB § 167 (mentor)", "validFrom", "2020-01-01",
                "legalLine", "SOCIAL", "law", "Serviceloven", "paragraph", "§ 167", "roles", List.of("LAB_MENTOR")));
        putEntry(ADMIN, "LEGAL_BASIS/LAB_167", "\"" + etag + "\"", moved).statusCode(422).body("errors[0].field", equalTo("legalLine"));
    }

    @Test
    void aChangeNeedsTheVersionReadAndRaisesIt() {
        putEntry(ADMIN, "TARGET_GROUP/VERSIONED_GROUP", null, targetGroup("Version 1", "2026-01-01")).statusCode(201);
        putEntry(ADMIN, "TARGET_GROUP/VERSIONED_GROUP", null, targetGroup("Uden If-Match", "2026-01-01")).statusCode(428);
        putEntry(ADMIN, "TARGET_GROUP/VERSIONED_GROUP", "\"7\"", targetGroup("Forkert version", "2026-01-01")).statusCode(412);
        Map<String, Object> ended = targetGroup("Version 2", "2026-01-01");
        ended.put("validTo", "2026-12-31");
        putEntry(ADMIN, "TARGET_GROUP/VERSIONED_GROUP", "\"1\"", ended).statusCode(200).header("ETag", "\"2\"")
                .body("validTo", equalTo("2026-12-31")).body("nameDa", equalTo("Version 2"));
    }
}
