package dk.mentor.dashboard.application;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The catalogue's search as the coordinator sets it, in the names and values of
 * {@code GET /api/v1/mentors} (docs/openapi/catalog-service.json). Blank means "any".
 */
public record MentorFilter(String kind, String language, String targetGroup, String municipality,
                           boolean freeCapacity, int page) {

    static final int PAGE_SIZE = 25;

    /** The query string for the catalogue, without the leading '?'. */
    String toQuery() {
        Map<String, String> query = new LinkedHashMap<>();
        put(query, "kind", kind);
        put(query, "language", language);
        put(query, "targetGroup", targetGroup);
        put(query, "municipality", municipality);
        if (freeCapacity) {
            query.put("freeCapacity", "true");
        }
        query.put("page", Integer.toString(Math.max(page, 0)));
        query.put("size", Integer.toString(PAGE_SIZE));
        return query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static void put(Map<String, String> query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.put(name, value.strip());
        }
    }
}
