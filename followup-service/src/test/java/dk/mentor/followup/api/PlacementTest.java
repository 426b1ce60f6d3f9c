package dk.mentor.followup.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A company placement through its life on a real database and broker: the company and its contact
 * person, the written agreement with every term named when missing, the start announced without any
 * person in the event, the midway evaluation and 3-month follow-up as alerts, a drop-out with its
 * hand-back, and the company consultant's list kept to the caller's municipality.
 */
@QuarkusTest
class PlacementTest extends FollowupTest {

    private final LocalDate today = LocalDate.now();

    @Test
    void shouldRefuseACvrNumberThatIsNotEightDigitsAndOneRegisteredTwice() {
        registerCompany("1234567").statusCode(422).body("errors[0].field", equalTo("cvr"));
        String cvr = randomCvr();
        registerCompany(cvr).statusCode(201).body("cvr", equalTo(cvr));
        registerCompany(cvr).statusCode(409);
    }

    @Test
    void shouldRunAPlacementFromAgreementToDropOutAndHandBack() throws Exception {
        String plan = aarhusPlan();
        String company = company();
        String contact = contact(company);
        String mentor = addParticipant(plan, "company.mentor." + uuid(), "COMPANY_MENTOR", "LAB_167",
                today.minusDays(100));
        String placement = planPlacement(plan, company, contact, mentor).statusCode(201)
                .body("status", equalTo("PLANNED")).body("companyName", equalTo("Lager & Logistik A/S"))
                .extract().path("id");

        start(plan, placement, today.minusDays(100)).statusCode(422).body("errors[0].field", equalTo("agreement"));
        Map<String, Object> lacking = new HashMap<>(terms());
        lacking.remove("noShowProcedure");
        lacking.remove("companyMentorResponsibilities");
        lacking.put("tasks", " ");
        agree(plan, placement, lacking).statusCode(422)
                .body("errors.field", containsInAnyOrder("tasks", "companyMentorResponsibilities", "noShowProcedure"));
        agree(plan, placement, terms()).statusCode(201).body("version", equalTo(1));
        Map<String, Object> adapted = new HashMap<>(terms());
        adapted.put("hoursPerWeek", 20);
        agree(plan, placement, adapted).statusCode(201).body("version", equalTo(2));
        start(plan, placement, today.minusDays(100)).statusCode(200).body("status", equalTo("ACTIVE"))
                .body("agreement.version", equalTo(2)).body("followUpDue", equalTo(today.minusDays(100).plusMonths(3).toString()));

        // past the middle of the agreed period and past 3 months: both follow-ups are due
        assertEquals(List.of("PLACEMENT_MIDWAY_EVALUATION_DUE", "PLACEMENT_FOLLOW_UP_DUE"), placementAlerts(plan));
        evaluate(plan, placement, Map.of("kind", "MIDWAY_EVALUATION", "doneOn", today.minusDays(50).toString(),
                "attendance", "Til stede alle dage", "responsibility", " ", "cooperation", "Godt")).statusCode(422)
                .body("errors.field", containsInAnyOrder("responsibility", "summary"));
        evaluate(plan, placement, Map.of("kind", "MIDWAY_EVALUATION", "doneOn", today.minusDays(50).toString(),
                "attendance", "Til stede alle dage", "responsibility", "Tager ansvar", "cooperation", "Godt",
                "summary", "Fortsætter som aftalt")).statusCode(201);
        assertEquals(List.of("PLACEMENT_FOLLOW_UP_DUE"), placementAlerts(plan));

        end(plan, placement, "DROPPED_OUT").statusCode(200).body("status", equalTo("DROPPED_OUT"))
                .body("outcome", equalTo("DROPPED_OUT"));
        end(plan, placement, "JOB_AT_COMPANY").statusCode(409);
        assertEquals(List.of(), placementAlerts(plan), "an ended placement is due nothing");

        Map<String, Object> handBack = new HashMap<>(Map.of("kind", "HAND_BACK", "fromRole", "COMPANY_CONSULTANT",
                "fromName", "Jens Jobkonsulent", "toRole", "CASEWORKER", "toName", "Susanne Sagsbehandler",
                "annotation", "Tal om, hvad der fik forløbet til at gå i stå", "placementId", placement));
        handOver(plan, handBack).statusCode(422).body("errors[0].field", equalTo("reason"));
        handBack.put("reason", "Udeblev fra praktikken i to uger");
        handOver(plan, Map.of("kind", "HAND_OVER", "fromRole", "CASEWORKER", "fromName", "Susanne Sagsbehandler",
                "toRole", "JOB_CONSULTANT", "toName", "Jens Jobkonsulent", "annotation", "Usikker mødestabilitet",
                "handedOn", today.minusDays(110).toString())).statusCode(201);
        handOver(plan, handBack).statusCode(201);
        given().header("Authorization", caseworker(AARHUS)).when().get("/api/v1/plans/" + plan + "/internal-hand-overs")
                .then().statusCode(200).body("items.kind", equalTo(List.of("HAND_OVER", "HAND_BACK")))
                .body("items[1].reason", equalTo("Udeblev fra praktikken i to uger"));

        List<ConsumerRecord<String, String>> events = planEvents(plan, 3).stream()
                .filter(r -> type(r).startsWith("dk.mentor.followup.Placement")).toList();
        assertEquals(List.of("dk.mentor.followup.PlacementStarted.v1", "dk.mentor.followup.PlacementEnded.v1"),
                events.stream().map(FollowupTest::type).toList());
        JsonNode started = new ObjectMapper().readTree(events.get(0).value());
        assertEquals("20", started.get("hoursPerWeek").asText().replace(".0", ""));
        assertEquals("0751", started.get("actingMunicipality").asText());
        events.forEach(e -> assertFalse(e.value().contains("Ordblind") || e.value().contains("Udeblev"),
                "agreement and summary texts stay in the service: " + e.value()));
        assertEquals("DROPPED_OUT", new ObjectMapper().readTree(events.get(1).value()).get("status").asText());
    }

    @Test
    void shouldListTheCompanysPlacementsOnlyToTheCallersMunicipality() {
        String company = company();
        String contact = contact(company);
        String aarhusPlan = aarhusPlan();
        String placement = planPlacement(aarhusPlan, company, contact, null).statusCode(201).extract().path("id");
        agree(aarhusPlan, placement, terms()).statusCode(201);
        start(aarhusPlan, placement, today.minusDays(30)).statusCode(200);
        end(aarhusPlan, placement, "JOB_AT_COMPANY").statusCode(200);
        String kobenhavn = caseworker(KOBENHAVN);
        String kobenhavnPlan = openPlan(kobenhavn, registerCitizen(kobenhavn, randomCpr(), KOBENHAVN));
        given().header("Authorization", kobenhavn).contentType(ContentType.JSON)
                .body(Map.of("kind", "LOENTILSKUD", "companyId", company, "contactId", contact,
                        "plannedFrom", today.toString(), "plannedTo", today.plusMonths(6).toString()))
                .when().post("/api/v1/plans/" + kobenhavnPlan + "/placements").then().statusCode(201);

        given().header("Authorization", caseworker(AARHUS)).when().get("/api/v1/companies/" + company + "/placements")
                .then().statusCode(200).body("items.id", equalTo(List.of(placement)))
                .body("items[0].outcome", equalTo("JOB_AT_COMPANY")).body("items[0].status", equalTo("ENDED"));
        given().header("Authorization", kobenhavn).when().get("/api/v1/companies/" + company + "/placements")
                .then().statusCode(200).body("items.planId", equalTo(List.of(kobenhavnPlan)));
        // the company itself is national: København sees it and its contact person
        given().header("Authorization", kobenhavn).when().get("/api/v1/companies/" + company)
                .then().statusCode(200).body("contacts[0].name", equalTo("Bente Vinther"));
        String cvr = given().header("Authorization", kobenhavn).when().get("/api/v1/companies/" + company)
                .then().extract().path("cvr");
        given().header("Authorization", kobenhavn).queryParam("cvr", cvr).when().get("/api/v1/companies")
                .then().statusCode(200).body("items[0].contacts.name", equalTo(List.of("Bente Vinther")));
        given().header("Authorization", kobenhavn).when().get("/api/v1/plans/" + aarhusPlan + "/placements/" + placement)
                .then().statusCode(404);
    }

    @Test
    void shouldRefuseACompanyMentorWhoIsNotOneAndAContactOfAnotherCompany() {
        String plan = aarhusPlan();
        String company = company();
        String otherContact = contact(company());
        String labMentor = addParticipant(plan, "lab.mentor." + uuid(), "LAB_MENTOR", "LAB_167");
        planPlacement(plan, company, contact(company), labMentor).statusCode(422)
                .body("errors[0].field", equalTo("companyMentorParticipantId"));
        planPlacement(plan, company, otherContact, null).statusCode(400);
        planPlacement(plan, company, contact(company), null).statusCode(201).body("companyMentorParticipantId", nullValue());
    }

    private static String randomCvr() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000));
    }

    private static ValidatableResponse registerCompany(String cvr) {
        return given().header("Authorization", caseworker(AARHUS)).contentType(ContentType.JSON)
                .body(Map.of("cvr", cvr, "name", "Lager & Logistik A/S", "address", "Industrivej 12, 8200 Aarhus N",
                        "industry", "Lager og logistik"))
                .when().post("/api/v1/companies").then();
    }

    private static String company() {
        return registerCompany(randomCvr()).statusCode(201).extract().path("id");
    }

    private static String contact(String company) {
        return given().header("Authorization", caseworker(AARHUS)).contentType(ContentType.JSON)
                .body(Map.of("name", "Bente Vinther", "title", "Lagerchef", "phone", "+45 87 65 43 21"))
                .when().post("/api/v1/companies/" + company + "/contacts").then().statusCode(201).extract().path("id");
    }

    private ValidatableResponse planPlacement(String plan, String company, String contact, String mentor) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", "VIRKSOMHEDSPRAKTIK", "companyId", company,
                "contactId", contact, "plannedFrom", today.minusDays(100).toString(), "plannedTo", today.plusDays(20).toString()));
        if (mentor != null) {
            body.put("companyMentorParticipantId", mentor);
        }
        return post(plan, "", body);
    }

    private Map<String, Object> terms() {
        return Map.ofEntries(Map.entry("personAndConsiderations", "Ordblind; har brug for mundtlige instrukser"),
                Map.entry("tasks", "Plukning og pakning"), Map.entry("hoursPerWeek", 15),
                Map.entry("workingHours", "Mandag-onsdag kl. 8-13"), Map.entry("periodFrom", today.minusDays(100).toString()),
                Map.entry("periodTo", today.plusDays(20).toString()), Map.entry("purpose", "Afklaring af arbejdsevne"),
                Map.entry("goals", "20 timer om ugen"), Map.entry("subGoals", List.of("Møde til tiden tre uger i træk")),
                Map.entry("jobCentreResponsibilities", "Jobkonsulenten ringer hver fredag"),
                Map.entry("companyResponsibilities", "Tovholderen følger op dagligt"),
                Map.entry("companyMentorResponsibilities", "Daglig oplæring"),
                Map.entry("noShowProcedure", "Tovholderen ringer samme formiddag"),
                Map.entry("sickLeaveProcedure", "Samtale efter en uges sygdom"));
    }

    private static ValidatableResponse agree(String plan, String placement, Map<String, Object> terms) {
        return post(plan, "/" + placement + "/agreements", terms);
    }

    private static ValidatableResponse start(String plan, String placement, LocalDate on) {
        return post(plan, "/" + placement + "/start", Map.of("startedOn", on.toString()));
    }

    private static ValidatableResponse end(String plan, String placement, String outcome) {
        return post(plan, "/" + placement + "/end", Map.of("outcome", outcome, "summary", "Udeblev efter to måneder"));
    }

    private static ValidatableResponse evaluate(String plan, String placement, Map<String, Object> answers) {
        return post(plan, "/" + placement + "/evaluations", answers);
    }

    private static ValidatableResponse post(String plan, String path, Object body) {
        return given().header("Authorization", caseworker(AARHUS)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/plans/" + plan + "/placements" + path).then();
    }

    private static ValidatableResponse handOver(String plan, Object body) {
        return given().header("Authorization", caseworker(AARHUS)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/plans/" + plan + "/internal-hand-overs").then();
    }

    /** The kinds of the plan's placement alerts today (asked per kind, so other plans' alerts do not crowd them out). */
    private static List<String> placementAlerts(String plan) {
        List<String> kinds = new ArrayList<>();
        for (String kind : List.of("PLACEMENT_MIDWAY_EVALUATION_DUE", "PLACEMENT_FOLLOW_UP_DUE")) {
            List<String> found = given().header("Authorization", caseworker(AARHUS)).queryParam("size", 200)
                    .queryParam("kind", kind).when().get("/api/v1/alerts").then().statusCode(200)
                    .extract().path("items.findAll { it.planId == '" + plan + "' }.kind");
            kinds.addAll(found);
        }
        return kinds;
    }
}
