package dk.mentor.testing.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The matrix's counts: operations, attempts, refusals by status, audited refusals, and every wrong answer. */
public final class IsolationReport {

    private final String service;
    private final String base;
    private final Map<String, String> skipped;
    private final Map<String, String> filteredLists;
    private int filtered;
    private final List<String> operations = new ArrayList<>();
    private final List<String> unreachable = new ArrayList<>();
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private final List<FuzzRequest> loggable = new ArrayList<>();
    private int attempts;
    private int audited;

    IsolationReport(String service, String base, Map<String, String> skipped, Map<String, String> filteredLists) {
        this.service = service;
        this.base = base;
        this.skipped = skipped;
        this.filteredLists = filteredLists;
    }

    void operation(String name) {
        operations.add(name);
    }

    void unreachable(String name) {
        unreachable.add(name);
    }

    void record(FuzzRequest request, FuzzResponse response, int expected) {
        attempts++;
        statuses.merge(response.status(), 1, Integer::sum);
        if (response.status() != expected) {
            failures.add((response.succeeded() ? "ACCESS GRANTED " : "") + "expected " + expected + ", got "
                    + response.status() + ": " + FuzzRequest.visible(response.body(), 200) + "\n    " + request.curl(base));
        }
        if (response.status() == 404) {
            loggable.add(request);
        }
    }

    /** A filtered search's 2xx: it passes only if no seeded resource of the owner shows in it. */
    void filtered(FuzzRequest request, FuzzResponse response, List<String> seededIds) {
        attempts++;
        filtered++;
        seededIds.stream().filter(response.body()::contains).findFirst().ifPresent(id -> failures.add(
                "ACCESS GRANTED the search shows seeded resource " + id + "\n    " + request.curl(base)));
    }

    void audited(Set<String> deniedActors) {
        for (FuzzRequest request : loggable) {
            if (deniedActors.contains(request.caller().username())) {
                audited++;
            } else {
                failures.add("refused with 404 but no DENIED audit entry for " + request.caller().username()
                        + "\n    " + request.curl(base));
            }
        }
    }

    public int attempts() {
        return attempts;
    }

    public int audited() {
        return audited;
    }

    public int refusedByResourceCheck() {
        return loggable.size();
    }

    public List<String> operations() {
        return operations;
    }

    public List<String> unreachable() {
        return unreachable;
    }

    public List<String> failures() {
        return failures;
    }

    public String summary() {
        StringBuilder out = new StringBuilder("ISOLATION " + service + ": operations " + operations.size()
                + ", attempts " + attempts + ", denied by status " + statuses + ", filtered searches " + filtered + ", audited " + audited + "/"
                + loggable.size() + " of the 404s, failures " + failures.size() + "\n");
        filteredLists.forEach((op, why) -> out.append("  filtered search ").append(op).append(": ").append(why).append('\n'));
        skipped.forEach((op, why) -> out.append("  skipped ").append(op).append(": ").append(why).append('\n'));
        unreachable.forEach(op -> out.append("  no seeded resource for ").append(op).append('\n'));
        failures.stream().limit(60).forEach(f -> out.append("  FAIL ").append(f).append('\n'));
        return out.toString();
    }
}
