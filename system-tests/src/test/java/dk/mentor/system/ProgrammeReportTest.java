package dk.mentor.system;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import dk.mentor.demo.Api;
import dk.mentor.demo.Keys;
import dk.mentor.demo.ProgrammeDemo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The demo's programme of three municipalities, loaded afresh through the public APIs with real Keycloak
 * tokens: its quarterly status report is computed across Aarhus (7 courses, 2 closed), København (5) and
 * Skanderborg (3) with the small counts suppressed and none recoverable from a sum, Aarhus reads its own
 * rows, and Skanderborg asking for Aarhus's rows is refused and on Aarhus's audit trail.
 */
class ProgrammeReportTest extends SuiteTest {

    private static final String AARHUS = "0751";

    @Test
    void shouldReportAProgrammeQuarterAcrossThreeMunicipalitiesAndKeepEachOnesRowsToItself() {
        Api client = suite.api();
        ProgrammeDemo demo = new ProgrammeDemo(client, Keys.fresh(), LocalDate.now(), (municipality, i) -> Steps.randomCpr());
        UUID programme = demo.load();
        String followup = client.endpoints().followup();
        String report = "/api/v1/programmes/" + programme + "/reports/" + demo.quarter();

        JsonNode figures = client.get(followup, report, "caseworker-kobenhavn").body();
        assertThat(texts(figures.path("municipalities")), contains("0101", "0746", AARHUS));
        assertThat(cell(figures, "CITIZENS", "TOTAL").path("count").asInt(), equalTo(15));
        assertThat(cell(figures, "CITIZENS", "0746").path("suppressed").asBoolean(), equalTo(true));
        assertThat(cell(figures, "CITIZENS", "0746").path("count").isNull(), equalTo(true));
        assertThat(cell(figures, "CLOSED", AARHUS).path("suppressed").asBoolean(), equalTo(true));
        assertThat(cell(figures, "CLOSED", "TOTAL").path("suppressed").asBoolean(), equalTo(true));
        List<String> giveaways = new ArrayList<>();
        for (JsonNode row : figures.path("counts")) {
            int hidden = 0;
            for (JsonNode c : row.path("cells")) {
                hidden += c.path("suppressed").asBoolean() ? 1 : 0;
                int n = c.path("count").asInt();
                if (!c.path("suppressed").asBoolean() && n > 0 && n < 5) {
                    giveaways.add(row.path("measure").asText() + " " + c);
                }
            }
            if (hidden == 1) {
                giveaways.add(row.path("measure").asText() + ": one suppressed cell against a shown total");
            }
        }
        assertThat(giveaways, hasSize(0));

        JsonNode rows = client.get(followup, report + "/rows?municipality=" + AARHUS, "caseworker-aarhus").body();
        assertThat(rows.path("rows"), org.hamcrest.Matchers.iterableWithSize(7));
        client.send("GET", followup + report + "/rows?municipality=" + AARHUS, "caseworker-skanderborg", null, Map.of(), 403);
        JsonNode audit = client.get(followup, "/api/v1/audit-entries?subjectId=" + programme + "&size=200", "auditor-aarhus").body();
        List<String> denied = new ArrayList<>();
        audit.path("items").forEach(e -> {
            if (e.path("outcome").asText().equals("DENIED")) {
                denied.add(e.path("action").asText() + " by " + e.path("actorName").asText());
            }
        });
        assertThat(denied, hasItem("read-report-rows by caseworker-skanderborg"));
    }

    private static JsonNode cell(JsonNode report, String measure, String municipality) {
        for (JsonNode row : report.path("counts")) {
            if (row.path("measure").asText().equals(measure)) {
                for (JsonNode c : row.path("cells")) {
                    if (c.path("municipality").asText().equals(municipality)) {
                        return c;
                    }
                }
            }
        }
        throw new AssertionError("no " + measure + " for " + municipality + " in " + report);
    }

    private static List<String> texts(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asText()));
        return list;
    }
}
