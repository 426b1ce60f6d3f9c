package dk.mentor.system;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import dk.mentor.demo.Api;
import dk.mentor.demo.ApiException;
import dk.mentor.demo.MentorSpec;
import dk.mentor.demo.Poll;
import dk.mentor.demo.Referral;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The code lists need no release: an administrator adds a legal basis with the employment act's attributes
 * and a reform's target group in catalog, and without any restart a caseworker refers a citizen under them in
 * matching and the plan in followup carries them, once each service's replica has the rows from the event.
 */
class CodeListTest extends SuiteTest {

    private static final String ADMIN = "admin-aarhus";
    private static final String CASEWORKER = "caseworker-aarhus";
    private static final String AARHUS = "0751";
    private static final Duration REPLICA = Duration.ofSeconds(30);

    @Test
    void aNewLegalBasisAndTargetGroupAreUsedAcrossTheServicesWithoutARestart() {
        String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        String basis = "LAB_REFORM_" + tag;
        String group = "REFORM_GROUP_" + tag;
        Api api = suite.api();
        String catalog = api.endpoints().catalog();
        Map<String, Object> basisRow = new LinkedHashMap<>(Map.of("nameDa", "LAB reform " + tag, "validFrom", "2020-01-01",
                "legalLine", "EMPLOYMENT", "law", "Lov om en aktiv beskæftigelsesindsats", "paragraph", "§ 167 (reform)",
                "grantMonths", 6, "roles", List.of("LAB_MENTOR", "COMPANY_MENTOR", "VOLUNTEER_MENTOR", "CASEWORKER",
                        "JOB_CONSULTANT", "COMPANY_CONSULTANT")));
        api.send("PUT", catalog + "/api/v1/code-lists/LEGAL_BASIS/" + basis, ADMIN, basisRow, Map.of(), 201);
        api.send("PUT", catalog + "/api/v1/code-lists/TARGET_GROUP/" + group, ADMIN,
                Map.of("nameDa", "Reformgruppe " + tag, "validFrom", "2020-01-01", "kind", "CATEGORY"), Map.of(), 201);

        // matching's replica has the basis once it accepts an eligibility row that names it
        Steps steps = new Steps(suite);
        accepted("the basis in matching's code list", () -> api.create(api.endpoints().matching(), "/api/v1/eligibility-rules",
                ADMIN, Map.of("code", "REFORM-" + tag, "legalBasis", basis, "effect", "ALLOW", "validFrom", "2020-01-01",
                        "title", "Alle mentorer efter reformen", "source", "Systemtest"), "rule-" + UUID.randomUUID()));
        UUID mentor = steps.catalog.activeMentor("coordinator-aarhus", MentorSpec.of("Reform Mentor " + tag,
                "PAID_SOCIAL_MENTOR", AARHUS, List.of(basis)).paid("300"));
        steps.matching.awaitCandidate(CASEWORKER, mentor);

        UUID citizen = steps.plans.citizen(CASEWORKER, AARHUS, Steps.randomCpr(), tag);
        LocalDate today = LocalDate.now();
        UUID plan = accepted("the target group in followup's code list", () -> steps.plans.openPlan(CASEWORKER, citizen, today,
                "Et job inden for et år", List.of(group), UUID.randomUUID().toString()));
        Referral order = Referral.lab(plan, AARHUS, "Struktur og et første job", List.of(group)).under(basis).grantedFrom(today);
        UUID referral = accepted("the target group in matching's code list",
                () -> steps.matching.refer(CASEWORKER, order, UUID.randomUUID().toString()));
        steps.matching.match(CASEWORKER, referral, mentor);
        steps.plans.awaitMentor(CASEWORKER, plan, mentor);

        JsonNode onPlan = api.get(api.endpoints().followup(), "/api/v1/plans/" + plan, CASEWORKER).body();
        assertThat(onPlan.path("targetGroups").get(0).asText(), equalTo(group));
        JsonNode participant = Poll.until("the mentor on the plan", () -> mentorOn(api, plan, mentor), p -> !p.isMissingNode());
        assertThat(participant.path("legalBasis").asText(), equalTo(basis));
        assertThat(participant.path("role").asText(), equalTo("LAB_MENTOR"));
    }

    /** Retries a call that a replica refuses (422) until it has the rows; any other answer fails at once. */
    private static <T> T accepted(String what, Supplier<T> call) {
        AtomicReference<T> result = new AtomicReference<>();
        await(what).atMost(REPLICA).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100)).until(() -> {
            try {
                result.set(call.get());
                return true;
            } catch (ApiException e) {
                if (e.status() != 422) {
                    throw new AssertionError(what + ": " + e.getMessage(), e);
                }
                return false;
            }
        });
        return result.get();
    }

    private static JsonNode mentorOn(Api api, UUID plan, UUID mentor) {
        for (JsonNode p : api.get(api.endpoints().followup(), "/api/v1/plans/" + plan + "/participants?size=200", CASEWORKER)
                .body().path("items")) {
            if (mentor.toString().equals(p.path("mentorId").asText())) {
                return p;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }
}
