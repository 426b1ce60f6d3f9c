package dk.mentor.dashboard.application;

import com.fasterxml.jackson.core.type.TypeReference;
import dk.mentor.dashboard.infra.Backend;
import dk.mentor.dashboard.infra.ServiceClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The caseworker's alerts: what is due on the active plans of their municipalities, from followup-service. */
@ApplicationScoped
public class AlertQueries {

    /** followup-service's AlertKind, in its order: the filter offers these (and "all"). */
    public static final List<String> KINDS = List.of("AGREEMENT_EXPIRING", "MEETING_OVERDUE", "MENTORSHIP_FOLLOW_UP_DUE",
            "QUARTERLY_REGISTRATION_DUE", "MIDWAY_EVALUATION_DUE", "AGREEMENT_MISSING", "HOURS_OVER_ORDER", "OUTSIDE_PERIOD",
            "PLACEMENT_MIDWAY_EVALUATION_DUE", "PLACEMENT_FOLLOW_UP_DUE");

    static final int PAGE_SIZE = 50;

    private final ServiceClient services;

    public AlertQueries(ServiceClient services) {
        this.services = services;
    }

    /**
     * One page of alerts, of one kind or all ({@code kind} blank); a kind the service does not know is
     * not passed on, so a hand-edited address shows all rather than an error.
     */
    public Section<Page<Alert>> alerts(String kind, int page, String accessToken) {
        String query = "?page=" + Math.max(page, 0) + "&size=" + PAGE_SIZE
                + (KINDS.contains(kind) ? "&kind=" + URLEncoder.encode(kind, StandardCharsets.UTF_8) : "");
        return Section.from(Backend.FOLLOWUP, services.get(Backend.FOLLOWUP, "/api/v1/alerts" + query, accessToken,
                new TypeReference<Page<Alert>>() { }).join());
    }
}
