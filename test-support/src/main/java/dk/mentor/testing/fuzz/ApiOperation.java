package dk.mentor.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One operation of the document. {@code roles} are the security roles it names; empty means any
 * authenticated caller passes the role check and the resource check decides. {@code answerType}
 * names the resource its 2xx answer holds (empty when not JSON). {@code responseHeaders}: the headers
 * each declared status promises, names in lower case.
 */
public record ApiOperation(String method, String path, List<ApiParameter> parameters, String bodyMediaType,
        JsonNode bodySchema, boolean bodyRequired, Set<String> roles, String answerType,
        Map<String, Set<String>> responseHeaders) {

    public String name() {
        return method + " " + path;
    }

    public boolean isRead() {
        return method.equals("GET");
    }

    public boolean hasJsonBody() {
        return bodyMediaType != null && bodyMediaType.contains("json");
    }

    public boolean allows(String role) {
        return roles.isEmpty() || roles.contains(role);
    }

    public List<ApiParameter> in(String location) {
        return parameters.stream().filter(p -> p.in().equals(location)).toList();
    }

    /** Whether the document declares the header (any case) on answers of this status. */
    public boolean declaresHeader(int status, String header) {
        return responseHeaders.getOrDefault(Integer.toString(status), Set.of()).contains(header.toLowerCase(Locale.ROOT));
    }

    public boolean hasParameter(String name) {
        return parameters.stream().anyMatch(p -> p.name().equals(name));
    }

    /** What a path parameter names: "{id}" names the collection before it ("mentors"), any other its own name. */
    public String resourceKind(ApiParameter parameter) {
        if (!parameter.name().equals("id")) {
            return parameter.name();
        }
        String[] segments = path.split("/");
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].equals("{id}")) {
                return segments[i - 1];
            }
        }
        return parameter.name();
    }
}
