package dk.mentor.catalog.api;

import dk.mentor.kit.problem.Problem;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Adds the problem responses each catalogue operation can give to the OpenAPI document, so every error
 * is described without the same annotations on every method: 401/403/404 everywhere, 400 where input
 * is read, 409/422 on changes, 412/428 where If-Match is required.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String OWN_PATHS = "^/api/v1/(mentors|mentor-imports|mentor-exports|organisations|training-courses|training-sessions).*";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.matches(OWN_PATHS)) {
                item.getOperations().forEach(ProblemResponsesFilter::declare);
            }
        });
    }

    private static void declare(PathItem.HttpMethod method, Operation operation) {
        add(operation, "401", "No valid bearer token");
        add(operation, "403", "The caller's role does not allow this, or the caller may read but not change it");
        add(operation, "404", "Not found, or outside the caller's municipalities (the attempt is audited)");
        boolean change = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT;
        boolean hasParameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        if (change || hasParameters) {
            add(operation, "400", "Malformed request or invalid fields (each named in errors)");
        }
        if (change) {
            add(operation, "409", "The change conflicts with the current state (e.g. an account already in use, a repeat)");
            add(operation, "415", "The body is not of a supported media type");
            add(operation, "422", "A catalogue rule refused the change; detail gives the reason");
        }
        if (hasParameters && operation.getParameters().stream().map(Parameter::getName).anyMatch("If-Match"::equalsIgnoreCase)) {
            add(operation, "412", "If-Match does not name the current version: read again and retry");
            add(operation, "428", "If-Match is missing");
        }
    }

    private static void add(Operation operation, String code, String description) {
        Map<String, APIResponse> existing = operation.getResponses().getAPIResponses();
        if (existing != null && existing.containsKey(code)) {
            return;
        }
        operation.getResponses().addAPIResponse(code, OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("#/components/schemas/Problem")))));
    }
}
