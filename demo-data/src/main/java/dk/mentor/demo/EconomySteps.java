package dk.mentor.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/** What an administrator and a finance officer do in refusion-service: rules, the ledger, claims, statements. */
public final class EconomySteps {

    /**
     * No state refusion of mentor wages exists since 2019, so a claim has nothing to carry under the
     * seeded rules. To let the claim flow be tried, the demo (and the journey test) add this regime
     * for one municipality: 50 % within a rådighedsbeløb, labelled as an assumption, not law.
     */
    public static final String TRIAL_REGIME = "TRIAL_REFUND_50";

    private final Api api;
    private final Keys keys;
    private final String base;

    public EconomySteps(Api api, Keys keys) {
        this.api = api;
        this.keys = keys;
        this.base = api.endpoints().refusion();
    }

    /** Adds the trial regime's rule for LAB § 167 wages in the municipality from last New Year on; kept if it is there. */
    public void trialRefundRule(String admin, String municipality, String ceiling) {
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("regime", TRIAL_REGIME);
        rule.put("legalBasis", "LAB_167");
        rule.put("expenseType", "WAGE");
        rule.put("municipality", municipality);
        rule.put("refundRate", 0.5);
        rule.put("ceilingKind", "RAADIGHEDSBELOEB");
        rule.put("ceilingAmount", ceiling);
        rule.put("claimPeriod", "QUARTER");
        rule.put("validFrom", LocalDate.of(LocalDate.now().getYear() - 1, 1, 1).toString());
        rule.put("placeholder", true);
        rule.put("sourceNote", "Demo and test data, not law: an assumed 50 % refund of LAB § 167 mentor wages within a "
                + "rådighedsbeløb, so that claims can be tried. Direct refusion of mentor costs ended in 2019.");
        try {
            api.create(base, "/api/v1/rule-sets", admin, rule, keys.of("rule:" + TRIAL_REGIME + ":" + municipality));
        } catch (ApiException e) {
            if (e.status() != 409 || !hasTrialRule(admin, municipality)) {
                throw e;
            }
        }
    }

    private boolean hasTrialRule(String user, String municipality) {
        for (JsonNode rule : api.get(base, "/api/v1/rule-sets?legalBasis=LAB_167&regime=" + TRIAL_REGIME + "&size=200", user)
                .body().path("items")) {
            if (municipality.equals(rule.path("municipality").asText())) {
                return true;
            }
        }
        return false;
    }

    /** The municipality's ledger lines, every page, optionally of one plan. */
    public List<JsonNode> lines(String finance, String municipality, UUID planId) {
        List<JsonNode> lines = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode body = api.get(base, "/api/v1/expense-lines?municipality=" + municipality
                    + (planId == null ? "" : "&planId=" + planId) + "&size=200&page=" + page, finance).body();
            body.path("items").forEach(lines::add);
            if (lines.size() >= body.path("totalItems").asInt() || body.path("items").isEmpty()) {
                return lines;
            }
        }
    }

    public List<JsonNode> awaitLines(String finance, String municipality, UUID planId, String what, Predicate<List<JsonNode>> done) {
        return Poll.until(what, () -> lines(finance, municipality, planId), done);
    }

    public JsonNode draftClaim(String finance, String municipality, String regime, LocalDate from, LocalDate to, String label) {
        return api.create(base, "/api/v1/refusion-claims", finance, Map.of("municipality", municipality, "regime", regime,
                "periodFrom", from.toString(), "periodTo", to.toString()), keys.of("claim:" + label)).body();
    }

    public JsonNode moveClaim(String finance, UUID claimId, String status, String reason) {
        String path = "/api/v1/refusion-claims/" + claimId;
        String etag = api.get(base, path, finance).etag();
        return api.change("PUT", base, path + "/status", finance, etag, Map.of("status", status, "reason", reason)).body();
    }

    public JsonNode claimLines(String finance, UUID claimId) {
        return api.get(base, "/api/v1/refusion-claims/" + claimId + "/lines?size=200", finance).body();
    }

    public JsonNode settlement(String finance, String municipality, LocalDate from, LocalDate to) {
        return api.get(base, "/api/v1/settlements?municipality=" + municipality + "&from=" + from + "&to=" + to, finance).body();
    }

    public JsonNode costAndEffect(String finance, String municipality, LocalDate from, LocalDate to) {
        return api.get(base, "/api/v1/cost-and-effect?municipality=" + municipality + "&from=" + from + "&to=" + to, finance).body();
    }
}
