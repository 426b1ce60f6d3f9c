package dk.mentor.bench.harness;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The measured paths, with the ids they read found through the public lists (the demo data of the
 * local suite provides them): in each service the audited single read, the list page of 20 and, in
 * catalog, the write with outbox and audit that also feeds the event measurement.
 */
final class Targets {

    private static final String AARHUS = "0751";

    /** The peer's two paths, the services' paths in measuring order, and the write that raises events. */
    record Set(Call peerRead, Call peerWrite, List<Call> paths, Call eventSource) {
    }

    private final Settings settings;
    private final Load load;
    private final AtomicLong serial = new AtomicLong();

    Targets(Settings settings, Load load) {
        this.settings = settings;
        this.load = load;
    }

    Set discover() {
        Call peerWrite = Call.post("peer: POST a note", "peer", "coordinator-aarhus", settings.peer() + "/api/v1/notes",
                () -> Bench.json(Map.of("municipality", AARHUS, "text", "Note " + serial.incrementAndGet())));
        HttpResponse<String> created = load.exchange(peerWrite);
        String note = created.headers().firstValue("Location").map(l -> l.substring(l.lastIndexOf('/') + 1)).orElseThrow();
        Call peerRead = Call.get("peer: GET a note", "peer", "coordinator-aarhus", settings.peer() + "/api/v1/notes/" + note);

        Listed mentors = list("catalog: list of mentors", "catalog", "coordinator-aarhus",
                settings.catalog() + "/api/v1/mentors?size=20");
        // Aarhus's list grows with every run's registrations; Skanderborg's stays a handful, the other case
        // the list target names.
        Listed fewMentors = list("catalog: list of mentors (Skanderborg)", "catalog", "coordinator-skanderborg",
                settings.catalog() + "/api/v1/mentors?size=20");
        Listed referrals = list("matching: list of referrals", "matching", "caseworker-aarhus",
                settings.matching() + "/api/v1/referrals?size=20");
        Listed plans = list("followup: list of plans", "followup", "caseworker-aarhus",
                settings.followup() + "/api/v1/plans?size=20");
        Listed lines = list("refusion: list of expense lines", "refusion", "finance-aarhus",
                settings.refusion() + "/api/v1/expense-lines?municipality=" + AARHUS + "&size=20");
        Call register = Call.post("catalog: POST a mentor (outbox, audit)", "catalog", "coordinator-aarhus",
                settings.catalog() + "/api/v1/mentors", this::mentor);
        return new Set(peerRead, peerWrite, List.of(
                Call.get("catalog: GET a mentor (audited)", "catalog", "coordinator-aarhus",
                        settings.catalog() + "/api/v1/mentors/" + mentors.firstId()),
                Call.get("matching: GET a referral (audited)", "matching", "caseworker-aarhus",
                        settings.matching() + "/api/v1/referrals/" + referrals.firstId()),
                Call.get("followup: GET a plan (audited)", "followup", "caseworker-aarhus",
                        settings.followup() + "/api/v1/plans/" + plans.firstId()),
                Call.get("refusion: GET an expense line (audited)", "refusion", "finance-aarhus",
                        settings.refusion() + "/api/v1/expense-lines/" + lines.firstId()),
                mentors.page(), fewMentors.page(), referrals.page(), plans.page(), lines.page(), register), register);
    }

    /** A list's page call, labelled with how many rows stand behind it, and the id of its first item. */
    private record Listed(Call page, String firstId) {
    }

    private Listed list(String label, String service, String user, String url) {
        JsonNode page = Bench.json(load.exchange(Call.get(label, service, user, url)).body());
        JsonNode items = page.path("items");
        if (items.isEmpty()) {
            throw new IllegalStateException(label + " is empty: load the demo data first (deploy/local/start.sh)");
        }
        String described = String.format(java.util.Locale.ROOT, "%s, size=20 of %,d", label, page.path("totalItems").asLong());
        return new Listed(Call.get(described, service, user, url), items.get(0).path("id").asText());
    }

    /** A volunteer mentor of Aarhus as a coordinator registers one; every name new. */
    private String mentor() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("displayName", "Benchmark Mentor " + serial.incrementAndGet());
        body.put("kind", "VOLUNTEER");
        body.put("homeMunicipality", AARHUS);
        body.put("legalBases", List.of("LAB_167"));
        body.put("capacityCitizens", 3);
        body.put("capacityHoursPerWeek", 10);
        body.put("languages", List.of("da"));
        body.put("targetGroups", List.of());
        body.put("areaMunicipality", AARHUS);
        body.put("meetingPlaces", List.of("CITIZEN_HOME", "PUBLIC_PLACE"));
        body.put("meetingWindows", List.of(Map.of("day", "TUESDAY", "from", "09:00", "to", "15:00")));
        body.put("presentation", "Registered by the benchmark harness.");
        return Bench.json(body);
    }
}
