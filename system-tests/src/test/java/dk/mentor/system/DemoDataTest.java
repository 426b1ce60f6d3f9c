package dk.mentor.system;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import com.fasterxml.jackson.databind.JsonNode;
import dk.mentor.demo.ApiException;
import dk.mentor.demo.Keys;
import dk.mentor.demo.LoadDemoData;
import dk.mentor.demo.PlacementDemo;
import dk.mentor.demo.PlanSteps;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The run command's demo data, loaded through the public APIs into the running suite, shows what the
 * README promises: as caseworker-aarhus, a plan with its mentor, meetings and progression. After the
 * others, so that the demo's citizens do not change what they count; only {@link KeycloakOutageTest},
 * which leaves Keycloak stopped, comes later.
 */
@Order(Integer.MAX_VALUE - 1)
class DemoDataTest extends SuiteTest {

    @Test
    void shouldLoadTheDemoAndShowTheCaseworkerAPlanWithMentorMeetingsAndProgression() {
        Instant begin = Instant.now();
        UUID plan = new LoadDemoData(suite.api(), Keys.fresh()).load();
        Figures.record("demo data loaded through the public APIs", Duration.between(begin, Instant.now()).toMillis() + " ms");

        PlanSteps plans = new PlanSteps(suite.api(), Keys.fresh());
        JsonNode shown = plans.plan("caseworker-aarhus", plan).body();
        assertThat(shown.path("ownerMunicipality").asText(), equalTo("0751"));
        assertThat(shown.path("status").asText(), equalTo("ACTIVE"));
        List<String> roles = new ArrayList<>();
        plans.participants("caseworker-aarhus", plan).path("items").forEach(p -> roles.add(p.path("role").asText() + " " + p.path("displayName").asText()));
        assertThat("the double-role mentor holds both roles", roles,
                hasItems("LAB_MENTOR Lene Kristensen", "SUPPORT_CONTACT_PERSON_SEL85 Lene Kristensen"));
        assertThat(plans.meetings("caseworker-aarhus", plan).path("totalItems").asInt(), equalTo(16));
        JsonNode progress = plans.progressReport("caseworker-aarhus", plan);
        assertThat(progress.path("series").size(), equalTo(4));
        assertThat(progress.path("trend").asText(), equalTo("RISING"));

        Executable foreign = () -> plans.plan("caseworker-kobenhavn", plan);
        ApiException denied = org.junit.jupiter.api.Assertions.assertThrows(ApiException.class, foreign);
        assertThat("København does not see Aarhus's plan", denied.status(), equalTo(404));
        companyWithTwoPlacementsOneClaimed();
    }

    /** The warehouse company hosts two Aarhus citizens; its company mentor's meetings are on Aarhus's claims. */
    private void companyWithTwoPlacementsOneClaimed() {
        String followup = suite.api().endpoints().followup();
        JsonNode company = suite.api().get(followup, "/api/v1/companies?cvr=" + PlacementDemo.CVR, "caseworker-aarhus")
                .body().path("items").get(0);
        JsonNode placements = suite.api().get(followup, "/api/v1/companies/" + company.path("id").asText() + "/placements",
                "caseworker-aarhus").body().path("items");
        assertThat(placements.size(), equalTo(2));
        List<String> outcomes = new ArrayList<>();
        placements.forEach(p -> outcomes.add(p.path("status").asText() + " " + p.path("outcome").asText()));
        assertThat(outcomes, hasItems("ENDED JOB_AT_COMPANY", "ACTIVE null"));
        String mentored = placements.get(0).path("outcome").asText().equals("JOB_AT_COMPANY")
                ? placements.get(0).path("planId").asText() : placements.get(1).path("planId").asText();
        String refusion = suite.api().endpoints().refusion();
        List<String> claimedKinds = new ArrayList<>();
        for (JsonNode claim : suite.api().get(refusion, "/api/v1/refusion-claims?municipality=0751&size=200", "finance-aarhus")
                .body().path("items")) {
            suite.api().get(refusion, "/api/v1/refusion-claims/" + claim.path("id").asText() + "/lines?size=200", "finance-aarhus")
                    .body().path("items").forEach(l -> {
                        if (mentored.equals(l.path("line").path("planId").asText())) {
                            claimedKinds.add(l.path("line").path("mentorKind").asText());
                        }
                    });
        }
        assertThat("the company mentor's meetings are on a claim", claimedKinds, hasItems("COMPANY_MENTOR"));
        assertThat(new java.util.HashSet<>(claimedKinds).size(), equalTo(1));
    }
}
