package dk.mentor.testing.fuzz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the isolation matrix needs beyond the document: the resources the test made as the owning
 * municipality (with their versions), the foreign municipalities, the callers of the owning
 * municipality who must still be kept out (a mentor not on the case), and a body for an operation
 * whose example body would not pass validation, so that the request reaches the access check.
 */
public final class IsolationSetup {

    final String service;
    String owner = "0751";
    final List<String> foreign = new ArrayList<>(List.of("0101", "0461"));
    final Map<String, List<String>> resources = new LinkedHashMap<>();
    final Map<String, String> etags = new HashMap<>();
    final List<Caller> outsiders = new ArrayList<>();
    final Map<String, String> bodies = new HashMap<>();
    final Map<String, String> queries = new HashMap<>();
    final Map<String, String> skipped = new LinkedHashMap<>();
    final Map<String, String> filteredLists = new LinkedHashMap<>();

    private IsolationSetup(String service) {
        this.service = service;
        // the kit's operation on every service that names no municipality's data
        skipped.put("POST /api/v1/dead-letters/{id}/replay", "a dead letter belongs to the service, not to a municipality;"
                + " only admins reach it (service-kit's DeadLetterReplayTest)");
    }

    public static IsolationSetup of(String service) {
        return new IsolationSetup(service);
    }

    public IsolationSetup owner(String municipality) { owner = municipality; return this; }
    public IsolationSetup resource(String kind, String id) { resources.computeIfAbsent(kind, k -> new ArrayList<>()).add(id); return this; }
    public IsolationSetup etag(String id, String etag) { etags.put(id, etag); return this; }
    /** A caller of the owning municipality who is refused anyway; the username must be unique to the run. */
    public IsolationSetup outsider(String username, String role) { outsiders.add(Caller.of(username, role, owner)); return this; }
    /** The body for "METHOD /path" instead of one made from the examples. */
    public IsolationSetup body(String operation, String json) { bodies.put(operation, json); return this; }
    /**
     * The query string for "METHOD /path" instead of one made from the examples, for a parameter the
     * factory cannot fill with the owner (an array of municipalities goes out empty).
     */
    public IsolationSetup query(String operation, String query) { queries.put(operation, query); return this; }
    /**
     * "METHOD /path" is a search that answers only what the caller may see (resources shared with
     * the caller's municipality are meant to be found), so a 2xx passes if none of the seeded
     * resources is in it. The reason is printed in the report.
     */
    public IsolationSetup filteredList(String operation, String reason) { filteredLists.put(operation, reason); return this; }
    /** Leaves "METHOD /path" out of the matrix, with the reason printed in the report. */
    public IsolationSetup skip(String operation, String reason) { skipped.put(operation, reason); return this; }
}
