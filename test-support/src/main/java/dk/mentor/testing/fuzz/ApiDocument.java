package dk.mentor.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.mentor.testing.infra.SuiteRoot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A service's kept OpenAPI document (docs/openapi/&lt;service&gt;.json) read as the list of its
 * operations. The kept document, not the live one, so the fuzzer attacks what is promised in review.
 */
public final class ApiDocument {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> METHODS = List.of("get", "post", "put", "delete", "patch");

    private final JsonNode root;
    private final List<ApiOperation> operations;

    private ApiDocument(JsonNode root) {
        this.root = root;
        this.operations = readOperations();
    }

    public static ApiDocument of(String service) {
        try {
            return new ApiDocument(JSON.readTree(SuiteRoot.file("docs/openapi/" + service + ".json").toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<ApiOperation> operations() {
        return operations;
    }

    /**
     * The schema with its {@code $ref} followed; the referring node's own keywords (examples,
     * description, constraints) win over the target's, as the generator emits them.
     */
    public JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int depth = 0; current != null && current.has("$ref") && depth < 20; depth++) {
            String ref = current.get("$ref").asText();
            JsonNode target = root.at(ref.substring(1));
            ObjectNode merged = target.isObject() ? ((ObjectNode) target).deepCopy() : JSON.createObjectNode();
            current.fields().forEachRemaining(field -> {
                if (!field.getKey().equals("$ref")) {
                    merged.set(field.getKey(), field.getValue());
                }
            });
            if (!target.has("$ref")) {
                merged.remove("$ref");
            }
            current = merged;
        }
        return current == null ? JSON.createObjectNode() : current;
    }

    private List<ApiOperation> readOperations() {
        List<ApiOperation> result = new ArrayList<>();
        root.path("paths").fields().forEachRemaining(path -> METHODS.forEach(method -> {
            JsonNode op = path.getValue().path(method);
            if (!op.isMissingNode()) {
                result.add(operation(method.toUpperCase(), path.getKey(), op));
            }
        }));
        return List.copyOf(result);
    }

    private ApiOperation operation(String method, String path, JsonNode op) {
        List<ApiParameter> parameters = new ArrayList<>();
        op.path("parameters").forEach(reference -> {
            JsonNode p = resolve(reference);
            parameters.add(new ApiParameter(p.path("name").asText(), p.path("in").asText(), resolve(p.path("schema")),
                    p.path("required").asBoolean(false), p.path("example")));
        });
        String mediaType = null;
        JsonNode bodySchema = null;
        var content = op.path("requestBody").path("content").fields();
        if (content.hasNext()) {
            var first = content.next();
            mediaType = first.getKey();
            bodySchema = resolve(first.getValue().path("schema"));
        }
        Set<String> roles = new LinkedHashSet<>();
        op.path("x-roles").forEach(role -> roles.add(role.asText()));
        return new ApiOperation(method, path, List.copyOf(parameters), mediaType, bodySchema,
                op.path("requestBody").path("required").asBoolean(false), Set.copyOf(roles), answerType(op),
                responseHeaders(op));
    }

    /** The headers each response declares, by status, names in lower case. */
    private Map<String, Set<String>> responseHeaders(JsonNode op) {
        Map<String, Set<String>> headers = new TreeMap<>();
        op.path("responses").fields().forEachRemaining(response -> {
            Set<String> names = new TreeSet<>();
            resolve(response.getValue()).path("headers").fieldNames()
                    .forEachRemaining(name -> names.add(name.toLowerCase(Locale.ROOT)));
            headers.put(response.getKey(), Set.copyOf(names));
        });
        return Map.copyOf(headers);
    }

    /** The name of the resource a 2xx answer holds: "Agreement" for Agreement, PageAgreementResponse and Agreement[]. */
    private static String answerType(JsonNode op) {
        var responses = op.path("responses").fields();
        while (responses.hasNext()) {
            var response = responses.next();
            if (response.getKey().startsWith("2")) {
                JsonNode schema = response.getValue().path("content").path("application/json").path("schema");
                String ref = schema.path("$ref").asText(schema.path("items").path("$ref").asText(""));
                String name = ref.substring(ref.lastIndexOf('/') + 1);
                return name.startsWith("Page") && name.endsWith("Response")
                        ? name.substring(4, name.length() - "Response".length()) : name;
            }
        }
        return "";
    }

    /** The schema of a place in a body ("a.b[2].c", see {@link BodyPlaces}), references resolved. */
    JsonNode schemaAt(JsonNode schema, String place) {
        JsonNode current = resolve(schema);
        for (String part : BodyPlaces.parts(place)) {
            current = resolve(part.startsWith("[") ? current.path("items") : current.path("properties").path(part));
        }
        return current;
    }
}
