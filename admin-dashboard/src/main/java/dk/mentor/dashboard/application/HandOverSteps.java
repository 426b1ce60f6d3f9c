package dk.mentor.dashboard.application;

import com.fasterxml.jackson.core.type.TypeReference;
import dk.mentor.dashboard.infra.Backend;
import dk.mentor.dashboard.infra.ServiceClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Hand-overs of a plan to the municipality the citizen moves to, with followup-service: the sender's
 * offer ({@code POST /plans/{id}/hand-overs}, which needs a consent in force for sharing with the
 * receiver), the hand-overs to and from the user's municipalities, and the receiver's acceptance or
 * dispute, each with the offer's version as If-Match. There is no refusal: the move is by law.
 */
@ApplicationScoped
public class HandOverSteps {

    private final ServiceClient services;

    public HandOverSteps(ServiceClient services) {
        this.services = services;
    }

    /** The hand-overs to and from the user's municipalities, newest first. */
    public Section<Page<HandOver>> handOvers(int page, String accessToken) {
        return Section.from(Backend.FOLLOWUP, services.get(Backend.FOLLOWUP, "/api/v1/hand-overs?page=" + Math.max(page, 0)
                + "&size=50", accessToken, new TypeReference<Page<HandOver>>() { }).join());
    }

    /** The plan's consents still in force, one of which the offer names; the plan itself for its owner. */
    public Section<List<Consent>> consents(UUID plan, String accessToken) {
        return Section.from(Backend.FOLLOWUP, services.get(Backend.FOLLOWUP, "/api/v1/plans/" + plan + "/consents?size=200",
                accessToken, new TypeReference<Page<Consent>>() { }).join(),
                p -> p.items().stream().filter(c -> c.revokedAt() == null).toList());
    }

    public FormOutcome offer(UUID plan, String toMunicipality, String consentId, String moveDate, String annotation,
                             String idempotencyKey, String accessToken) {
        Map<String, Object> body = new LinkedHashMap<>();
        FormFields.put(body, "toMunicipality", toMunicipality);
        FormFields.put(body, "consentId", consentId);
        FormFields.put(body, "moveDate", moveDate);
        FormFields.put(body, "annotation", annotation);
        return FormOutcome.of(services.post(Backend.FOLLOWUP, "/api/v1/plans/" + plan + "/hand-overs", accessToken,
                idempotencyKey, body).join(), "handover", Set.of("toMunicipality", "consentId", "moveDate", "annotation"));
    }

    /** The receiver takes the plan over from the move date. */
    public FormOutcome accept(UUID handOver, long version, String annotation, String accessToken) {
        Map<String, Object> body = new LinkedHashMap<>();
        FormFields.put(body, "annotation", annotation);
        return answer(handOver, "/acceptance", version, body, accessToken);
    }

    /** The receiver disputes the hand-over, once, within the deadline, with a reason. */
    public FormOutcome dispute(UUID handOver, long version, String reason, String accessToken) {
        Map<String, Object> body = new LinkedHashMap<>();
        FormFields.put(body, "reason", reason);
        return answer(handOver, "/dispute", version, body, accessToken);
    }

    private FormOutcome answer(UUID handOver, String step, long version, Map<String, Object> body, String accessToken) {
        return FormOutcome.of(services.postAt(Backend.FOLLOWUP, "/api/v1/hand-overs/" + handOver + step, accessToken, version,
                body).join(), "handover", Set.of("annotation", "reason", "effectiveOn"));
    }
}
