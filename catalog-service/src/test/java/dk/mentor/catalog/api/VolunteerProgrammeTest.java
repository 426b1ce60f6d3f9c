package dk.mentor.catalog.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A mentor corps' volunteer programme (seed 004) over REST with the real database and signed tokens:
 * both sides through inquiry, interview, vetting and match, drop-outs, waiting lists kept to the caller's
 * municipalities, the yield per channel and the targets report in JSON and Danish CSV.
 */
@QuarkusTest
class VolunteerProgrammeTest extends CatalogTest {

    static final String AALBORG = "0851";
    static final String HJORRING = "0860";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Copenhagen"));

    @Test
    void shouldCountBothSidesFromInquiryToMatchAgainstTheTargets() {
        String programme = programme(corps(AALBORG, HJORRING), 4);
        String matchedVolunteer = volunteer(programme, AALBORG, "WEBSITE", "Lene Frivillig");
        step(programme, matchedVolunteer, AALBORG, "INTERVIEWED", 40, null).statusCode(200).body("stage", equalTo("INTERVIEWED"));
        step(programme, matchedVolunteer, AALBORG, "VETTED", 30, registerVolunteer("Lene Frivillig", AALBORG)).statusCode(200)
                .body("stage", equalTo("VETTED")).body("stageLabel", equalTo("Godkendt"));
        String busy = volunteer(programme, AALBORG, "NETWORK", "Ole Travl");
        step(programme, busy, AALBORG, "INTERVIEWED", 35, null).statusCode(200);
        post(AALBORG, "/api/v1/volunteer-programmes/" + programme + "/entries/" + busy + "/drop-out",
                Map.of("on", day(20), "reason", "NO_TIME")).statusCode(200)
                .body("stage", equalTo("DROPPED")).body("dropReasonLabel", equalTo("Har ikke tid"));
        String waitingVolunteer = volunteer(programme, HJORRING, "LOCAL_MEDIA", "Karim Venter");
        step(programme, waitingVolunteer, HJORRING, "INTERVIEWED", 30, null).statusCode(200);
        step(programme, waitingVolunteer, HJORRING, "VETTED", 25, registerVolunteer("Karim Venter", HJORRING)).statusCode(200);

        String matchedMentee = mentee(programme, AALBORG, "EDUCATION_INSTITUTION", "AGE_18_24");
        vet(programme, matchedMentee, AALBORG, 20);
        String waitingMentee = mentee(programme, AALBORG, "SOCIAL_MEDIA", "AGE_25_29");
        vet(programme, waitingMentee, AALBORG, 12);
        post(AALBORG, "/api/v1/volunteer-programmes/" + programme + "/matches", Map.of("volunteerEntryId", matchedVolunteer,
                "menteeEntryId", matchedMentee, "matchedOn", day(10))).statusCode(201);
        as(AALBORG).get("/api/v1/volunteer-programmes/" + programme + "/entries/" + matchedVolunteer).then().statusCode(200)
                .body("stage", equalTo("MATCHED")).body("commitmentFrom", equalTo(day(10)))
                .body("commitmentTo", equalTo(TODAY.minusDays(10).plusMonths(6).minusDays(1).toString()));
        post(AALBORG, "/api/v1/volunteer-programmes/" + programme + "/matches", Map.of("volunteerEntryId", matchedVolunteer,
                "menteeEntryId", matchedMentee, "matchedOn", day(5))).statusCode(409);

        as(AALBORG).get("/api/v1/volunteer-programmes/" + programme + "/report").then().statusCode(200)
                .body("lines.metric", contains("VOLUNTEERS", "MENTEES", "MATCHES"))
                .body("lines.result", contains(2, 2, 1)).body("lines.deviation", contains(-2, -2, -3))
                .body("lines[2].deviationPercent", equalTo(-75.0f)).body("lines[2].attainmentPercent", equalTo(25.0f))
                .body("matchesPerMenteePercent", equalTo(50.0f));
        String csv = as(AALBORG).accept("text/csv").get("/api/v1/volunteer-programmes/" + programme + "/report.csv").then()
                .statusCode(200).contentType(containsString("text/csv")).extract().asString();
        org.hamcrest.MatcherAssert.assertThat(csv, startsWith("\uFEFFMål;Planlagt;Realiseret;Afvigelse;Afvigelse %;Opfyldt %"));
        org.hamcrest.MatcherAssert.assertThat(csv, containsString("Match;4;1;-3;-75,0;25,0\r\n"));

        as(AALBORG).get("/api/v1/volunteer-programmes/" + programme + "/yield").then().statusCode(200)
                .body("find { it.side == 'VOLUNTEER' && it.channel == 'WEBSITE' }.matchedPercent", equalTo(100.0f))
                .body("find { it.side == 'VOLUNTEER' && it.channel == 'NETWORK' }.dropped", equalTo(1))
                .body("find { it.side == 'VOLUNTEER' && it.channel == 'NETWORK' }.interviewed", equalTo(1))
                .body("find { it.side == 'MENTEE' && it.channel == 'SOCIAL_MEDIA' }.channelLabel", equalTo("Sociale medier"));
        as(AALBORG).queryParam("municipality", HJORRING).get("/api/v1/volunteer-programmes/" + programme + "/yield").then()
                .statusCode(404);

        // each municipality's coordinators see their own waiting entries only
        as(AALBORG).get("/api/v1/volunteer-programmes/" + programme + "/waiting-lists").then().statusCode(200)
                .body("sides.side", contains("VOLUNTEER", "MENTEE"))
                .body("sides[0].entries", empty())
                .body("sides[1].entries.entryId", contains(waitingMentee)).body("sides[1].maxDays", equalTo(12))
                .body("sides[1].entries[0].ageBand", equalTo("25-29 år"));
        as(HJORRING).queryParam("side", "VOLUNTEER").get("/api/v1/volunteer-programmes/" + programme + "/waiting-lists").then()
                .statusCode(200).body("sides[0].entries.entryId", contains(waitingVolunteer))
                .body("sides[0].medianDays", equalTo(25.0f));
        as(HJORRING).get("/api/v1/volunteer-programmes/" + programme + "/entries").then().statusCode(200)
                .body("items.id", contains(waitingVolunteer));

        as(AALBORG).queryParam("withinDays", 200).get("/api/v1/volunteer-programmes/" + programme + "/commitments-ending").then()
                .statusCode(200).body("id", contains(matchedVolunteer));
        as(AALBORG).queryParam("withinDays", 30).get("/api/v1/volunteer-programmes/" + programme + "/commitments-ending").then()
                .statusCode(200).body("", empty());
    }

    @Test
    void shouldKeepMenteesPseudonymousAndEntriesToTheirMunicipality() {
        String programme = programme(corps(AALBORG, HJORRING), 240);
        String base = "/api/v1/volunteer-programmes/" + programme + "/entries";
        Map<String, Object> named = entry("MENTEE", AALBORG, "JOBCENTRE");
        named.put("ageBand", "AGE_30_39");
        named.put("displayName", "Fatima");
        post(AALBORG, base, named).statusCode(422).body("errors[0].field", equalTo("displayName"));
        Map<String, Object> cpr = entry("VOLUNTEER", AALBORG, "WEBSITE");
        cpr.put("displayName", "Jens 010190-1234");
        post(AALBORG, base, cpr).statusCode(422).body("errors[0].field", equalTo("displayName"));
        Map<String, Object> noBand = entry("MENTEE", AALBORG, "JOBCENTRE");
        post(AALBORG, base, noBand).statusCode(422).body("errors[0].field", equalTo("ageBand"));
        Map<String, Object> unserved = entry("MENTEE", AARHUS, "JOBCENTRE");
        unserved.put("ageBand", "AGE_16_17");
        post(AALBORG, base, unserved).statusCode(422).body("errors[0].field", equalTo("municipality"));
        Map<String, Object> foreign = entry("MENTEE", HJORRING, "JOBCENTRE");
        foreign.put("ageBand", "AGE_16_17");
        post(AALBORG, base, foreign).statusCode(404);
        Map<String, Object> badChannel = entry("MENTEE", AALBORG, "CARRIER_PIGEON");
        post(AALBORG, base, badChannel).statusCode(400);

        String mentor = registerVolunteer("Twice Registered", AALBORG);
        String once = volunteer(programme, AALBORG, "WEBSITE", "Twice Registered");
        String twice = volunteer(programme, AALBORG, "EVENT", "Twice Registered");
        step(programme, once, AALBORG, "INTERVIEWED", 10, null).statusCode(200);
        step(programme, twice, AALBORG, "INTERVIEWED", 10, null).statusCode(200);
        step(programme, once, AALBORG, "VETTED", 5, null).statusCode(422).body("errors[0].field", equalTo("mentorId"));
        step(programme, once, AALBORG, "VETTED", 5, mentor).statusCode(200);
        step(programme, twice, AALBORG, "VETTED", 5, mentor).statusCode(409);
        step(programme, twice, AALBORG, "VETTED", 5, registerVolunteer("Elsewhere Mentor", KOBENHAVN)).statusCode(404);

        String mentee = mentee(programme, AALBORG, "YOUTH_GUIDANCE", "AGE_16_17");
        step(programme, mentee, AALBORG, "VETTED", 1, null).statusCode(409);
        step(programme, mentee, AALBORG, "INTERVIEWED", -3, null).statusCode(422).body("errors[0].field", equalTo("on"));
        as(HJORRING).get(base + "/" + mentee).then().statusCode(404);
        as(AARHUS).get("/api/v1/volunteer-programmes/" + programme).then().statusCode(404);
        as(AARHUS).get("/api/v1/volunteer-programmes").then().statusCode(200).body("items.id", not(hasItem(programme)));
        given().header("Authorization", caseworker(AALBORG)).get("/api/v1/volunteer-programmes/" + programme).then().statusCode(403);
        given().header("Authorization", auditor(AALBORG)).queryParam("subjectId", mentee).get("/api/v1/audit-entries").then()
                .statusCode(200).body("items.outcome", hasItem("DENIED"));
    }

    @Test
    void shouldGatherVolunteersInACoordinationGroupThatMeets() {
        String programme = programme(corps(AALBORG, HJORRING), 10);
        String coordinator = as(AALBORG).body(Map.of("municipality", AALBORG, "displayName", "Koo Aalborg " + System.nanoTime()))
                .post("/api/v1/coordinators").then().statusCode(201).extract().path("id");
        String groups = "/api/v1/volunteer-programmes/" + programme + "/groups";
        String group = post(AALBORG, groups, Map.of("name", "Koo-gruppen i Aalborg", "coordinatorId", coordinator)).statusCode(201)
                .body("municipality", equalTo(AALBORG)).extract().path("id");
        String first = volunteer(programme, AALBORG, "WORD_OF_MOUTH", "Anna Koo");
        String second = volunteer(programme, AALBORG, "EVENT", "Bo Koo");
        String elsewhere = volunteer(programme, HJORRING, "EVENT", "Hjørring Koo");
        post(AALBORG, groups + "/" + group + "/members", Map.of("entryId", first)).statusCode(200);
        post(AALBORG, groups + "/" + group + "/members", Map.of("entryId", second)).statusCode(200)
                .body("members.displayName", contains("Anna Koo", "Bo Koo"));
        post(AALBORG, groups + "/" + group + "/members", Map.of("entryId", elsewhere)).statusCode(404);
        String mentee = mentee(programme, AALBORG, "PROJECT", "AGE_18_24");
        post(AALBORG, groups + "/" + group + "/members", Map.of("entryId", mentee)).statusCode(422);

        post(AALBORG, groups + "/" + group + "/meetings", Map.of("heldOn", day(2), "topic", "Vagtplan og matchmøder",
                "attendeeEntryIds", java.util.List.of(first, second))).statusCode(201);
        post(AALBORG, groups + "/" + group + "/meetings", Map.of("heldOn", day(1), "topic", "Opfølgning",
                "attendeeEntryIds", java.util.List.of(mentee))).statusCode(422).body("errors[0].field", equalTo("attendeeEntryIds"));
        post(AALBORG, groups + "/" + group + "/meetings", Map.of("heldOn", day(-2), "topic", "Fremtid",
                "attendeeEntryIds", java.util.List.of(first))).statusCode(422).body("errors[0].field", equalTo("heldOn"));
        as(AALBORG).get(groups + "/" + group + "/meetings").then().statusCode(200)
                .body("topic", contains("Vagtplan og matchmøder")).body("[0].attendeeEntryIds", hasSize(2));
        as(AALBORG).get(groups).then().statusCode(200).body("find { it.id == '" + group + "' }.members", hasSize(2));
        as(HJORRING).get(groups + "/" + group + "/meetings").then().statusCode(404);
    }

    static String corps(String home, String served) {
        String corps = as(home).body(Map.of("name", "Mentorkorps " + System.nanoTime(), "kind", "MENTOR_CORPS",
                "homeMunicipality", home)).post("/api/v1/organisations").then().statusCode(201).extract().path("id");
        as(home).body(Map.of("municipality", served, "validFrom", "2020-01-01", "description", "Frivillige mentorer"))
                .post("/api/v1/organisations/" + corps + "/agreements").then().statusCode(201);
        return corps;
    }

    static String programme(String corps, int target) {
        return as(AALBORG).body(Map.of("organisationId", corps, "name", "Frivillige mentorer", "periodFrom", day(300),
                        "periodTo", TODAY.plusDays(100).toString(), "targetVolunteers", target, "targetMentees", target,
                        "targetMatches", target)).post("/api/v1/volunteer-programmes").then().statusCode(201)
                .body("commitmentMonths", equalTo(6)).extract().path("id");
    }

    static String volunteer(String programme, String municipality, String channel, String name) {
        Map<String, Object> body = entry("VOLUNTEER", municipality, channel);
        body.put("displayName", name);
        return post(municipality, "/api/v1/volunteer-programmes/" + programme + "/entries", body).statusCode(201)
                .extract().path("id");
    }

    static String mentee(String programme, String municipality, String channel, String ageBand) {
        Map<String, Object> body = entry("MENTEE", municipality, channel);
        body.put("ageBand", ageBand);
        return post(municipality, "/api/v1/volunteer-programmes/" + programme + "/entries", body).statusCode(201)
                .extract().path("id");
    }

    private static void vet(String programme, String entry, String municipality, int daysAgo) {
        step(programme, entry, municipality, "INTERVIEWED", daysAgo + 2, null).statusCode(200);
        step(programme, entry, municipality, "VETTED", daysAgo, null).statusCode(200);
    }

    static ValidatableResponse step(String programme, String entry, String municipality, String step, int daysAgo, String mentorId) {
        Map<String, Object> body = new HashMap<>(Map.of("step", step, "on", day(daysAgo)));
        if (mentorId != null) {
            body.put("mentorId", mentorId);
        }
        return post(municipality, "/api/v1/volunteer-programmes/" + programme + "/entries/" + entry + "/steps", body);
    }

    private static Map<String, Object> entry(String side, String municipality, String channel) {
        return new HashMap<>(Map.of("side", side, "municipality", municipality, "channel", channel, "inquiryOn", day(50)));
    }

    static String day(int daysAgo) {
        return TODAY.minusDays(daysAgo).toString();
    }

    static ValidatableResponse post(String municipality, String path, Object body) {
        return as(municipality).body(body).post(path).then();
    }

    static RequestSpecification as(String municipality) {
        return given().header("Authorization", coordinator(municipality)).contentType(ContentType.JSON);
    }
}
