package dk.mentor.dashboard.application;

import dk.mentor.dashboard.infra.Backend;
import dk.mentor.dashboard.infra.ServiceClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The steps after a referral's shortlist, each sent to matching-service with the referral's version as
 * If-Match (a referral changed in between is refused, 412, instead of moved on as it no longer is): the
 * citizen's choice of mentor, the three-party meeting, and each party's yes or no after it. A no lets
 * the citizen choose again; matching-service decides what its status allows.
 */
@ApplicationScoped
public class ReferralSteps {

    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");
    private static final String REFERRALS = "/api/v1/referrals/";

    private final ServiceClient services;

    public ReferralSteps(ServiceClient services) {
        this.services = services;
    }

    /** The citizen's (or the caseworker's, with them) choice of one of the open proposals. */
    public FormOutcome choose(UUID referral, long version, String proposalId, String chosenBy, String accessToken) {
        Map<String, Object> body = new LinkedHashMap<>();
        FormFields.put(body, "proposalId", proposalId);
        FormFields.put(body, "chosenBy", chosenBy);
        return send(referral, "/choice", version, body, Set.of("proposalId", "chosenBy"), accessToken);
    }

    /** The three-party meeting, typed as a Danish local date and time (the form's datetime-local field). */
    public FormOutcome meeting(UUID referral, long version, String at, String place, String accessToken) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (!FormFields.blank(at)) {
            try {
                body.put("at", LocalDateTime.parse(at.strip()).atZone(DANISH_TIME).toInstant().toString());
            } catch (DateTimeParseException e) {
                return FormOutcome.unreadable("step", Map.of("at", "step_error_at"));
            }
        }
        FormFields.put(body, "place", place);
        return send(referral, "/meeting", version, body, Set.of("at", "place"), accessToken);
    }

    /** One party's yes or no after the meeting; a no needs its reason. */
    public FormOutcome answer(UUID referral, long version, String party, String answer, String reason, String accessToken) {
        Map<String, Object> body = new LinkedHashMap<>();
        FormFields.put(body, "party", party);
        FormFields.put(body, "answer", answer);
        FormFields.put(body, "reason", reason);
        return send(referral, "/meeting-answers", version, body, Set.of("party", "answer", "reason"), accessToken);
    }

    private FormOutcome send(UUID referral, String step, long version, Map<String, Object> body, Set<String> fields,
                             String accessToken) {
        return FormOutcome.of(services.postAt(Backend.MATCHING, REFERRALS + referral + step, accessToken, version, body).join(),
                "step", fields);
    }
}
