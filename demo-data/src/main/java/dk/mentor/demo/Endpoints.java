package dk.mentor.demo;

import java.util.Map;

/** Where the four services and Keycloak's token endpoint answer. */
public record Endpoints(String catalog, String matching, String followup, String refusion, String tokenUrl) {

    /** The local suite of deploy/local/start.sh, each address overridable by an environment variable. */
    public static Endpoints fromEnvironment(Map<String, String> env) {
        return new Endpoints(
                env.getOrDefault("MENTOR_CATALOG_URL", "http://127.0.0.1:8081"),
                env.getOrDefault("MENTOR_MATCHING_URL", "http://127.0.0.1:8082"),
                env.getOrDefault("MENTOR_FOLLOWUP_URL", "http://127.0.0.1:8083"),
                env.getOrDefault("MENTOR_REFUSION_URL", "http://127.0.0.1:8084"),
                env.getOrDefault("MENTOR_TOKEN_URL", "http://127.0.0.1:8180/realms/mentor/protocol/openid-connect/token"));
    }
}
