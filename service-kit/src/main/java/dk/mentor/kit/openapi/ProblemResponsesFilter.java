package dk.mentor.kit.openapi;

import dk.mentor.kit.problem.Problem;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the problem responses of every API operation of every service in one place, so the
 * resources carry no copied {@code @APIResponse} blocks and every error reads the same everywhere.
 * What an operation can answer follows from its shape: parameters or a body can be malformed (400),
 * a body can be too large or of the wrong type (413, 415), an id in the path or the body, or a
 * municipality parameter, can name something the caller may not see (404), a change can conflict
 * or break a rule (409, 422), and an operation that takes If-Match can be stale or lack it (412,
 * 428). Every 4xx, also one a resource declared itself, gets an application/problem+json body.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    static final String PROBLEM_REF = "#/components/schemas/Problem";

    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("400", "Malformed request, or invalid fields or parameters (each named in errors)"),
            Map.entry("401", "No valid bearer token"),
            Map.entry("403", "The caller's role does not allow this operation"),
            Map.entry("404", "Not found, or outside the caller's municipalities (the attempt is audited)"),
            Map.entry("409", "The change conflicts with the current state, or repeats one still in progress"),
            Map.entry("412", "If-Match does not name the current version: read again and retry"),
            Map.entry("413", "The request body is too large"),
            Map.entry("414", "The request URI is too long"),
            Map.entry("415", "The request body is not of a supported media type"),
            Map.entry("422", "A rule of the domain refused the change; detail gives the reason"),
            Map.entry("428", "If-Match is required on this change"));

    private static final Set<String> FRAMEWORK_WORDING = Set.of("Not Authorized", "Not Allowed");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().forEach((method, operation) -> declare(path, method, operation));
            }
        });
    }

    private static void declare(String path, PathItem.HttpMethod method, Operation operation) {
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean change = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        boolean body = operation.getRequestBody() != null;
        boolean query = parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY);
        add(operation, "401", "403");
        if (body || !parameters.isEmpty() || path.contains("{")) {
            add(operation, "400");
        }
        if (path.contains("{") || body || parameters.stream().anyMatch(p -> "municipality".equals(p.getName()))) {
            add(operation, "404");
        }
        if (query) {
            add(operation, "414");
        }
        if (body) {
            add(operation, "413", "415");
        }
        if (change) {
            add(operation, "409", "422");
        }
        if (parameters.stream().anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()))) {
            add(operation, "412", "428");
        }
        problemBodies(operation.getResponses());
    }

    /**
     * Adds the response, or words it as the suite does where the framework already declared it: for a
     * secured operation Quarkus itself adds 401 "Not Authorized" and 403 "Not Allowed".
     */
    private static void add(Operation operation, String... codes) {
        for (String code : codes) {
            APIResponse existing = operation.getResponses().getAPIResponse(code);
            if (existing == null) {
                operation.getResponses().addAPIResponse(code,
                        OASFactory.createAPIResponse().description(DESCRIPTIONS.get(code)));
            } else if (FRAMEWORK_WORDING.contains(existing.getDescription())) {
                existing.setDescription(DESCRIPTIONS.get(code));
            }
        }
    }

    /** A 4xx is always a problem, whoever declared it. */
    private static void problemBodies(APIResponses responses) {
        responses.getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("4")) {
                response.setContent(problemContent());
            }
        });
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }
}
