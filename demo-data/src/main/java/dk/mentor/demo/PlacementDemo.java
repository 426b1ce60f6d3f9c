package dk.mentor.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The demo's company placements (seeds 002 and 003): Aarhus's warehouse company hosts two citizens. Jonas
 * Mikkelsen, the company's own mentor, follows the young man on a virksomhedspraktik that ends in a job; his
 * meetings are logged and claimed like any mentor's. Aisha's placement there is running, after the chain of
 * hand-overs from the caseworker through the job consultant to the company.
 */
public final class PlacementDemo {

    /** The warehouse company's CVR number (fictitious). */
    public static final String CVR = "31245678";
    static final String COMPANY_MENTOR_CASE = "aarhus-jonas";
    static final String RUNNING_CASE = "aarhus-aisha";

    private final Api api;
    private final Keys keys;
    private final String base;
    private UUID company;
    private UUID contact;

    PlacementDemo(Api api, Keys keys) {
        this.api = api;
        this.keys = keys;
        this.base = api.endpoints().followup();
    }

    /** Whether the case has a placement in the demo. */
    static boolean placed(DemoCase c) {
        return c.label().equals(COMPANY_MENTOR_CASE) || c.label().equals(RUNNING_CASE);
    }

    /**
     * Plans, agrees and starts the case's placement from the mentorship's first day; the company mentor's
     * participation goes on it when the case's mentor is the company's. Returns the placement.
     */
    UUID start(DemoCase c, UUID plan, UUID mentorParticipant, LocalDate from, LocalDate to) {
        String caseworker = c.caseworker();
        boolean withMentor = c.label().equals(COMPANY_MENTOR_CASE);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", withMentor ? "VIRKSOMHEDSPRAKTIK" : "LOENTILSKUD");
        body.put("companyId", company(caseworker).toString());
        body.put("contactId", contact.toString());
        if (withMentor) {
            body.put("companyMentorParticipantId", mentorParticipant.toString());
        }
        body.put("plannedFrom", from.toString());
        body.put("plannedTo", to.toString());
        UUID placement = api.create(base, placements(plan), caseworker, body, keys.of("placement:" + c.label())).id();
        if (!withMentor) {
            handOvers(caseworker, plan, placement, from, c.label());
        }
        api.create(base, placements(plan) + "/" + placement + "/agreements", caseworker, agreement(withMentor, from, to),
                keys.of("placement-agreement:" + c.label()));
        if (status(caseworker, plan, placement).equals("PLANNED")) {
            api.send("POST", base + placements(plan) + "/" + placement + "/start", caseworker,
                    Map.of("startedOn", from.toString()), Map.of(), 200);
        }
        return placement;
    }

    /** The midway evaluation and the end in a job at the company, the day after the last meeting. */
    void endInJob(DemoCase c, UUID plan, UUID placement, LocalDate from, LocalDate last) {
        String caseworker = c.caseworker();
        LocalDate midway = from.plusDays(java.time.temporal.ChronoUnit.DAYS.between(from, last) / 2);
        api.create(base, placements(plan) + "/" + placement + "/evaluations", caseworker,
                Map.of("kind", "MIDWAY_EVALUATION", "doneOn", midway.toString(), "attendance", "Til stede alle dage",
                        "responsibility", "Tager ansvar for sine ordrer", "cooperation", "Godt samarbejde på holdet",
                        "adjustments", "Fra 15 til 25 timer om ugen", "summary", "Forløbet fortsætter; mål om ansættelse"),
                keys.of("placement-midway:" + c.label()));
        if (status(caseworker, plan, placement).equals("ACTIVE")) {
            api.send("POST", base + placements(plan) + "/" + placement + "/end", caseworker,
                    Map.of("endedOn", last.plusDays(1).toString(), "outcome", "JOB_AT_COMPANY",
                            "summary", "Stabilt fremmøde og god oplæring ved virksomhedsmentoren; ansat på ordinære vilkår"),
                    Map.of(), 200);
        }
    }

    /** The warehouse company and its daily coordinator, registered once; a run after an earlier one finds them. */
    private UUID company(String caseworker) {
        if (company != null) {
            return company;
        }
        JsonNode found = api.get(base, "/api/v1/companies?cvr=" + CVR, caseworker).body().path("items");
        company = found.isEmpty()
                ? api.create(base, "/api/v1/companies", caseworker, Map.of("cvr", CVR, "name", "Lager & Logistik A/S",
                        "address", "Industrivej 12, 8200 Aarhus N", "industry", "Lager og logistik"), keys.of("company:" + CVR)).id()
                : UUID.fromString(found.get(0).path("id").asText());
        JsonNode contacts = api.get(base, "/api/v1/companies/" + company, caseworker).body().path("contacts");
        contact = !contacts.isEmpty() ? UUID.fromString(contacts.get(0).path("id").asText())
                : api.create(base, "/api/v1/companies/" + company + "/contacts", caseworker,
                        Map.of("name", "Bente Vinther", "title", "Lagerchef og tovholder", "phone", "+45 87 65 43 21"),
                        keys.of("company-contact:" + CVR)).id();
        return company;
    }

    private void handOvers(String caseworker, UUID plan, UUID placement, LocalDate from, String label) {
        api.create(base, "/api/v1/plans/" + plan + "/internal-hand-overs", caseworker,
                Map.of("kind", "HAND_OVER", "fromRole", "CASEWORKER", "fromName", "Sagsbehandler Aarhus",
                        "toRole", "JOB_CONSULTANT", "toName", "Jobkonsulent Aarhus",
                        "annotation", "Taler godt dansk i hverdagen, men skriftlige instrukser er svære: tal om det før start",
                        "handedOn", from.minusDays(14).toString()), keys.of("internal-hand-over:" + label + ":1"));
        api.create(base, "/api/v1/plans/" + plan + "/internal-hand-overs", caseworker,
                Map.of("kind", "HAND_OVER", "fromRole", "JOB_CONSULTANT", "fromName", "Jobkonsulent Aarhus",
                        "toRole", "COMPANY", "toName", "Bente Vinther", "placementId", placement.toString(),
                        "annotation", "Vis pakkebordet frem for at skrive instrukserne", "handedOn", from.toString()),
                keys.of("internal-hand-over:" + label + ":2"));
    }

    private static Map<String, Object> agreement(boolean withMentor, LocalDate from, LocalDate to) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("personAndConsiderations", "Ung og uden erhvervserfaring; har brug for faste rammer og mundtlige instrukser");
        body.put("tasks", "Plukning og pakning af ordrer; varemodtagelse med en kollega");
        body.put("hoursPerWeek", 15);
        body.put("workingHours", "Mandag-onsdag kl. 8-13");
        body.put("periodFrom", from.toString());
        body.put("periodTo", to.toString());
        body.put("purpose", "Afklaring af arbejdsevne i lagerarbejde");
        body.put("goals", "25 timer om ugen og ansættelse ved forløbets afslutning");
        body.put("subGoals", List.of("Møde til tiden tre uger i træk", "Arbejde selvstændigt ved pakkebordet"));
        body.put("jobCentreResponsibilities", "Jobkonsulenten ringer hver fredag de første fire uger");
        body.put("companyResponsibilities", "Tovholderen introducerer, planlægger opgaverne og følger op dagligt");
        if (withMentor) {
            body.put("companyMentorResponsibilities", "Virksomhedsmentoren oplærer ved pakkebordet og taler med borgeren hver uge");
        }
        body.put("noShowProcedure", "Tovholderen ringer samme formiddag og giver jobkonsulenten besked");
        body.put("sickLeaveProcedure", "Sagsbehandleren indkalder til samtale efter en uges sygdom");
        return body;
    }

    private String status(String caseworker, UUID plan, UUID placement) {
        return api.get(base, placements(plan) + "/" + placement, caseworker).body().path("status").asText();
    }

    private static String placements(UUID plan) {
        return "/api/v1/plans/" + plan + "/placements";
    }
}
