package dk.mentor.testing.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * What makes an OpenAPI document generator-grade, checked on the document alone: each rule answers
 * the list of its violations (empty when the document keeps it), so a test can show them all at once.
 */
public final class DocumentRules {

    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    /**
     * Operations deliberately open without a token: none. Every /api operation needs one, and health,
     * metrics and the document itself live under /q, outside the documents.
     */
    static final Set<String> PUBLIC_OPERATIONS = Set.of();

    private static final Pattern OPERATION_ID = Pattern.compile("[a-z][a-zA-Z0-9]*");

    private DocumentRules() {
    }

    /** Every operation has a lowerCamelCase operationId, unique in the document. */
    public static List<String> operationIds(JsonNode doc) {
        List<String> problems = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        operations(doc, (name, op) -> {
            String id = op.path("operationId").asText("");
            if (id.isBlank()) {
                problems.add(name + ": no operationId");
            } else if (!OPERATION_ID.matcher(id).matches()) {
                problems.add(name + ": operationId " + id + " is not lowerCamelCase");
            } else if (seen.putIfAbsent(id, name) != null) {
                problems.add(name + ": operationId " + id + " also names " + seen.get(id));
            }
        });
        return problems;
    }

    /** No schema name a generator would make a class of ends in a digit ("Kind1": the scanner's tie-breaker). */
    public static List<String> schemaNames(JsonNode doc) {
        List<String> problems = new ArrayList<>();
        doc.path("components").path("schemas").fieldNames().forEachRemaining(name -> {
            if (Character.isDigit(name.charAt(name.length() - 1))) {
                problems.add("schema " + name + ": the name ends in a digit; give it a meaningful one");
            }
        });
        return problems;
    }

    /**
     * The document declares the realm's OAuth2 scheme with both flows, and every operation requires it
     * without scopes (realm roles are no scopes) and lists its roles in x-roles, unless it is one of
     * the {@link #PUBLIC_OPERATIONS}.
     */
    public static List<String> security(JsonNode doc) {
        List<String> problems = new ArrayList<>();
        List<String> schemes = new ArrayList<>();
        doc.path("components").path("securitySchemes").fields().forEachRemaining(scheme -> {
            JsonNode flows = scheme.getValue().path("flows");
            if ("oauth2".equals(scheme.getValue().path("type").asText())
                    && flows.path("authorizationCode").hasNonNull("authorizationUrl")
                    && flows.path("authorizationCode").hasNonNull("tokenUrl")
                    && flows.path("clientCredentials").hasNonNull("tokenUrl")
                    && scheme.getValue().path("description").asText().contains("PKCE")) {
                schemes.add(scheme.getKey());
            }
        });
        if (schemes.isEmpty()) {
            problems.add("no oauth2 security scheme with the authorizationCode (PKCE) and clientCredentials flows");
        }
        operations(doc, (name, op) -> {
            if (PUBLIC_OPERATIONS.contains(name)) {
                return;
            }
            JsonNode security = op.path("security");
            if (!security.isArray() || security.isEmpty()) {
                problems.add(name + ": no security requirement");
            }
            security.forEach(requirement -> requirement.fields().forEachRemaining(scheme -> {
                if (!schemes.contains(scheme.getKey())) {
                    problems.add(name + ": requires " + scheme.getKey() + ", not the oauth2 scheme");
                }
                if (!scheme.getValue().isEmpty()) {
                    problems.add(name + ": asks for scopes " + scheme.getValue() + "; realm roles belong in x-roles");
                }
            }));
            if (!op.path("x-roles").isArray() || op.path("x-roles").isEmpty()) {
                problems.add(name + ": no x-roles");
            }
        });
        return problems;
    }

    /** Each operation as "METHOD path" with its node. */
    static void operations(JsonNode doc, BiConsumer<String, JsonNode> action) {
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (METHODS.contains(op.getKey())) {
                action.accept(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue());
            }
        }));
    }
}
