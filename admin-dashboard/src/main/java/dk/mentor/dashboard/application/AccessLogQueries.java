package dk.mentor.dashboard.application;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dk.mentor.dashboard.infra.Backend;
import dk.mentor.dashboard.infra.Reply;
import dk.mentor.dashboard.infra.ServiceClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * A citizen's access log (the right of access: when their data was read or changed, by which
 * municipality and why, without staff names), reached from the plan: followup-service gives the
 * plan's pseudonymous citizen id, and its access log for that citizen. No CPR number is ever in an
 * address: the plan's id is the way in.
 */
@ApplicationScoped
public class AccessLogQueries {

    private static final int PAGE_SIZE = 50;

    private final ServiceClient services;

    public AccessLogQueries(ServiceClient services) {
        this.services = services;
    }

    public Section<Page<AccessLookup>> forPlan(UUID planId, int page, String accessToken) {
        Section<String> citizen = Section.from(Backend.FOLLOWUP, services.get(Backend.FOLLOWUP, "/api/v1/plans/" + planId,
                accessToken, new TypeReference<JsonNode>() { }).join(), plan -> plan.path("citizenRef").asText(""));
        if (!citizen.isAvailable()) {
            return new Section<>(null, citizen.messageKey(), citizen.notFound());
        }
        if (citizen.value().isEmpty()) {
            return new Section<>(null, "problem_not_found", true);
        }
        Reply<Page<AccessLookup>> log = services.get(Backend.FOLLOWUP, "/api/v1/citizens/" + UUID.fromString(citizen.value())
                + "/access-log?page=" + Math.max(page, 0) + "&size=" + PAGE_SIZE, accessToken,
                new TypeReference<Page<AccessLookup>>() { }).join();
        return Section.from(Backend.FOLLOWUP, log);
    }
}
