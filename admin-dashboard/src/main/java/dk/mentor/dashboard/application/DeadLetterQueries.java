package dk.mentor.dashboard.application;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dk.mentor.dashboard.infra.Backend;
import dk.mentor.dashboard.infra.Reply;
import dk.mentor.dashboard.infra.ServiceClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * The admin's dead letters: every service keeps its own ({@code GET /api/v1/dead-letters}), so the
 * page asks all four at once and a service that is down greys out only its own part.
 */
@ApplicationScoped
public class DeadLetterQueries {

    /** The largest page the services serve; the oldest waiting letters matter most and come first. */
    private static final int MAX_PAGE = 200;

    /** WAITING or REPLAYED, as the services' {@code state} parameter takes them. */
    public static final List<String> STATES = List.of("WAITING", "REPLAYED");

    private final ServiceClient services;

    public DeadLetterQueries(ServiceClient services) {
        this.services = services;
    }

    /** The four services' dead letters in {@code state}, in the order of {@link Backend}. */
    public List<ServiceDeadLetters> deadLetters(String state, String accessToken) {
        List<CompletableFuture<Reply<Page<DeadLetter>>>> calls = Arrays.stream(Backend.values())
                .map(b -> services.get(b, "/api/v1/dead-letters?state=" + state + "&size=" + MAX_PAGE, accessToken,
                        new TypeReference<Page<DeadLetter>>() { }))
                .toList();
        return Arrays.stream(Backend.values())
                .map(b -> new ServiceDeadLetters(name(b), Section.from(b, calls.get(b.ordinal()).join(), Page::items)))
                .toList();
    }

    /** Replays one dead letter on the service that holds it; the service runs it through the consumer that gave up. */
    public ReplayOutcome replay(String service, UUID id, String idempotencyKey, String accessToken) {
        Optional<Backend> backend = backend(service);
        if (backend.isEmpty()) {
            return new ReplayOutcome(false, "replay_not_found");
        }
        Reply<JsonNode> reply = services.post(backend.get(), "/api/v1/dead-letters/" + id + "/replay", accessToken,
                idempotencyKey, java.util.Map.of()).join();
        if (reply instanceof Reply.Ok<JsonNode> ok) {
            boolean already = "ALREADY_APPLIED".equals(ok.body().path("outcome").asText());
            return new ReplayOutcome(true, already ? "replay_already_applied" : "replay_applied");
        }
        if (reply instanceof Reply.Problem<JsonNode> problem) {
            return new ReplayOutcome(false, switch (problem.status()) {
                case 409 -> "replay_fails_again";
                case 403 -> "problem_forbidden";
                case 404 -> "replay_not_found";
                default -> "problem_other";
            });
        }
        return new ReplayOutcome(false, "unavailable_" + name(backend.get()));
    }

    static String name(Backend backend) {
        return backend.name().toLowerCase(Locale.ROOT);
    }

    static Optional<Backend> backend(String service) {
        return Arrays.stream(Backend.values()).filter(b -> name(b).equals(service)).findFirst();
    }
}
