package dk.mentor.kit.access;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dk.mentor.kit.support.ProblemAssertions;
import dk.mentor.kit.support.TestDatabase;
import dk.mentor.kit.support.Widgets;
import dk.mentor.kit.testapp.ReadWidget;
import dk.mentor.kit.time.DanishTime;
import dk.mentor.testing.infra.TestInfraResource;
import dk.mentor.testing.tokens.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "kit"))
class MunicipalityAccessTest {

    private static final String AUDIT = "/api/v1/audit-entries";

    @Inject
    TestDatabase db;

    @Test
    void shouldHideAWidgetFromAnotherMunicipalityExactlyLikeAnUnknownOneAndAuditTheDenial() {
        String id = Widgets.create("0751");
        String subject = UUID.randomUUID().toString();
        String odense = TestTokens.user("caseworker-odense").subject(subject).roles(Roles.CASEWORKER)
                .municipalities("0461", "0101").bearer();

        Response denied = given().header("Authorization", odense).get(Widgets.PATH + "/" + id);
        String unknownId = UUID.randomUUID().toString();
        Response unknown = given().header("Authorization", odense).get(Widgets.PATH + "/" + unknownId);

        ProblemAssertions.assertProblem(denied, 404, "not-found", Widgets.PATH + "/" + id);
        assertEquals(unknown.asString().replace(unknownId, "ID"), denied.asString().replace(id, "ID"),
                "a denied widget must be indistinguishable from an unknown one");
        List<Map<String, Object>> entries = auditEntries(id);
        assertEquals(1, entries.size());
        Map<String, Object> entry = entries.get(0);
        assertEquals("DENIED", entry.get("outcome"));
        assertEquals(subject, entry.get("actor_subject"));
        assertEquals("caseworker-odense", entry.get("actor_name"));
        assertEquals("0101,0461", entry.get("actor_municipalities"));
        assertNull(entry.get("acting_municipality"));
        assertEquals("0751", entry.get("owner_municipality"));
        assertEquals("read", entry.get("action"));
        assertEquals("widget", entry.get("subject_type"));
        assertEquals(ReadWidget.PURPOSE, entry.get("purpose"));
    }

    @Test
    void shouldAuditAnAllowedReadWithTheActingMunicipality() {
        String id = Widgets.create("0751");
        String subject = UUID.randomUUID().toString();

        given().header("Authorization", TestTokens.user("caseworker-aarhus").subject(subject).roles(Roles.CASEWORKER)
                        .municipalities("0751").bearer())
                .get(Widgets.PATH + "/" + id).then().statusCode(200).header("ETag", "\"0\"");

        List<Map<String, Object>> entries = auditEntries(id);
        assertEquals(1, entries.size());
        assertEquals("ALLOWED", entries.get(0).get("outcome"));
        assertEquals(subject, entries.get(0).get("actor_subject"));
        assertEquals("0751", entries.get(0).get("acting_municipality"));
        assertEquals("0751", entries.get(0).get("owner_municipality"));
        assertEquals(ReadWidget.PURPOSE, entries.get(0).get("purpose"));
    }

    @Test
    void shouldLetAMunicipalityTheWidgetIsSharedWithReadIt() {
        String id = Widgets.create("0751", "0461");

        given().header("Authorization", TestTokens.user("caseworker-odense").roles(Roles.CASEWORKER)
                        .municipalities("0461").bearer())
                .get(Widgets.PATH + "/" + id).then().statusCode(200);

        List<Map<String, Object>> entries = auditEntries(id);
        assertEquals(1, entries.size());
        assertEquals("ALLOWED", entries.get(0).get("outcome"));
        assertEquals("0461", entries.get(0).get("acting_municipality"));
        assertEquals("0751", entries.get(0).get("owner_municipality"));
    }

    @Test
    void shouldNotLetASharedMunicipalityChangeWithoutBeingAudited() {
        String id = Widgets.create("0751");

        Response denied = Widgets.change(Widgets.coordinatorOf("0461"), id, "\"0\"", "taken over", 9);

        ProblemAssertions.assertProblem(denied, 404, "not-found", Widgets.PATH + "/" + id);
        assertEquals(List.of("DENIED"), auditEntries(id).stream().map(e -> e.get("outcome")).toList());
        assertEquals("update", auditEntries(id).get(0).get("action"));
    }

    @Test
    void shouldShowAuditorsOfTheOwnerTheEntriesNewestFirstPageByPage() {
        String id = Widgets.create("0751", "0101");
        String aarhus = TestTokens.user("caseworker-aarhus").roles(Roles.CASEWORKER).municipalities("0751").bearer();
        String copenhagen = TestTokens.user("caseworker-kbh").roles(Roles.CASEWORKER).municipalities("0101").bearer();
        String odense = TestTokens.user("caseworker-odense").roles(Roles.CASEWORKER).municipalities("0461").bearer();
        given().header("Authorization", aarhus).get(Widgets.PATH + "/" + id).then().statusCode(200);
        given().header("Authorization", copenhagen).get(Widgets.PATH + "/" + id).then().statusCode(200);
        given().header("Authorization", odense).get(Widgets.PATH + "/" + id).then().statusCode(404);
        String auditor = TestTokens.user("auditor-aarhus").roles(Roles.AUDITOR).municipalities("0751").bearer();

        JsonPath all = auditPage(auditor, id, 0, 20);
        assertEquals(3, all.getLong("totalItems"));
        assertEquals(List.of("caseworker-odense", "caseworker-kbh", "caseworker-aarhus"), all.getList("items.actorName"));
        assertEquals(List.of("DENIED", "ALLOWED", "ALLOWED"), all.getList("items.outcome"));

        JsonPath first = auditPage(auditor, id, 0, 2);
        JsonPath second = auditPage(auditor, id, 1, 2);
        assertEquals(List.of("caseworker-odense", "caseworker-kbh"), first.getList("items.actorName"));
        assertEquals(List.of("caseworker-aarhus"), second.getList("items.actorName"));
        assertEquals(3, second.getLong("totalItems"));
        assertEquals(1, second.getInt("page"));
        assertEquals(2, second.getInt("size"));
    }

    @Test
    void shouldNarrowTheEntriesByActorActionOutcomeAndDanishDays() {
        String id = Widgets.create("0751", "0101");
        given().header("Authorization", TestTokens.user("caseworker-aarhus").roles(Roles.CASEWORKER).municipalities("0751")
                .bearer()).get(Widgets.PATH + "/" + id).then().statusCode(200);
        given().header("Authorization", TestTokens.user("caseworker-kbh").roles(Roles.CASEWORKER).municipalities("0101")
                .bearer()).get(Widgets.PATH + "/" + id).then().statusCode(200);
        given().header("Authorization", TestTokens.user("caseworker-odense").roles(Roles.CASEWORKER).municipalities("0461")
                .bearer()).get(Widgets.PATH + "/" + id).then().statusCode(404);
        String auditor = TestTokens.user("auditor-aarhus").roles(Roles.AUDITOR).municipalities("0751").bearer();
        LocalDate day = DanishTime.today(Clock.systemUTC());
        String today = day.toString();

        assertEquals(List.of("caseworker-odense"), filtered(auditor, id, Map.of("outcome", "denied")).getList("items.actorName"));
        assertEquals(List.of("caseworker-kbh"), filtered(auditor, id, Map.of("actor", "caseworker-kbh")).getList("items.actorName"));
        assertEquals(3, filtered(auditor, id, Map.of("action", "read", "from", today, "to", today)).getLong("totalItems"));
        assertEquals(0, filtered(auditor, id, Map.of("action", "change")).getLong("totalItems"));
        assertEquals(0, filtered(auditor, id, Map.of("to", day.minusDays(1).toString())).getLong("totalItems"));
        assertEquals(0, filtered(auditor, id, Map.of("from", day.plusDays(1).toString())).getLong("totalItems"));

        ProblemAssertions.assertProblem(given().header("Authorization", auditor).queryParam("outcome", "maybe").get(AUDIT),
                400, "validation-failed", AUDIT);
        ProblemAssertions.assertProblem(given().header("Authorization", auditor).queryParam("from", "2026-13-01").get(AUDIT),
                400, "validation-failed", AUDIT);
    }

    private static JsonPath filtered(String bearer, String subjectId, Map<String, ?> filters) {
        return given().header("Authorization", bearer).queryParam("subjectId", subjectId).queryParams(filters)
                .get(AUDIT).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void shouldHideTheEntriesFromAuditorsOfOtherMunicipalities() {
        String id = Widgets.create("0751", "0101");
        given().header("Authorization", TestTokens.user("caseworker-kbh").roles(Roles.CASEWORKER).municipalities("0101").bearer())
                .get(Widgets.PATH + "/" + id).then().statusCode(200);

        // Copenhagen read Aarhus' widget; the trail belongs to the owner, Aarhus.
        String copenhagenAuditor = TestTokens.user("auditor-kbh").roles(Roles.AUDITOR).municipalities("0101").bearer();
        assertEquals(0, auditPage(copenhagenAuditor, id, 0, 20).getLong("totalItems"));
        String nowhereAuditor = TestTokens.user("auditor-none").roles(Roles.AUDITOR).bearer();
        assertEquals(0, auditPage(nowhereAuditor, null, 0, 20).getLong("totalItems"));
        String aarhusAuditor = TestTokens.user("auditor-aarhus").roles(Roles.AUDITOR).municipalities("0751").bearer();
        assertEquals(1, auditPage(aarhusAuditor, id, 0, 20).getLong("totalItems"));
        List<String> owners = auditPage(aarhusAuditor, null, 0, 200).getList("items.ownerMunicipality");
        assertEquals(List.of("0751"), owners.stream().distinct().toList());
    }

    @Test
    void shouldNameTheClientOfTheTokenInEveryEntry() {
        String id = Widgets.create("0751");
        String aarhusSystem = TestTokens.user("service-account-case-system-aarhus").roles(Roles.INTEGRATION)
                .municipalities("0751").client("case-system-aarhus").bearer();
        String copenhagenSystem = TestTokens.user("service-account-case-system-kobenhavn").roles(Roles.INTEGRATION)
                .municipalities("0101").client("case-system-kobenhavn").bearer();
        given().header("Authorization", aarhusSystem).get(Widgets.PATH + "/" + id).then().statusCode(200);
        given().header("Authorization", copenhagenSystem).get(Widgets.PATH + "/" + id).then().statusCode(404);

        assertEquals(List.of("case-system-aarhus", "case-system-kobenhavn"),
                auditEntries(id).stream().map(e -> e.get("actor_client")).toList());
        String auditor = TestTokens.user("auditor-aarhus").roles(Roles.AUDITOR).municipalities("0751").bearer();
        JsonPath page = auditPage(auditor, id, 0, 20);
        assertEquals(List.of("case-system-kobenhavn", "case-system-aarhus"), page.getList("items.actorClient"));
        assertEquals(List.of("DENIED", "ALLOWED"), page.getList("items.outcome"));
    }

    @Test
    void shouldRefuseTheAuditTrailToNonAuditors() {
        Response response = given().header("Authorization",
                        TestTokens.user("coordinator").roles(Roles.COORDINATOR, Roles.ADMIN).municipalities("0751").bearer())
                .get(AUDIT);

        ProblemAssertions.assertProblem(response, 403, "forbidden", AUDIT);
    }

    private List<Map<String, Object>> auditEntries(String subjectId) {
        return db.rows("select * from audit_entry where subject_id = ?1 order by id", subjectId);
    }

    private static JsonPath auditPage(String bearer, String subjectId, int page, int size) {
        var request = given().header("Authorization", bearer).queryParam("page", page).queryParam("size", size);
        if (subjectId != null) {
            request.queryParam("subjectId", subjectId);
        }
        return request.get(AUDIT).then().statusCode(200).extract().jsonPath();
    }
}
