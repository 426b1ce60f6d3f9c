package dk.mentor.testing.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts of a fuzz run and its failing cases, one printed case per operation and kind of failure. */
public final class FuzzReport {

    private final String service;
    private final long seed;
    private final String base;
    private int requests;
    private java.time.Duration took = java.time.Duration.ZERO;
    private String rowCounting = "";
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final Map<String, int[]> operations = new TreeMap<>();
    private final Map<String, String> failures = new LinkedHashMap<>();
    private final Map<String, Integer> failureCounts = new LinkedHashMap<>();

    FuzzReport(String service, long seed, String base, List<ApiOperation> all) {
        this.service = service;
        this.seed = seed;
        this.base = base;
        all.forEach(op -> operations.put(op.name(), new int[3]));
    }

    void record(FuzzRequest request, FuzzResponse response, List<String> problems, long millis) {
        requests++;
        operations.get(request.operation().name())[2] += (int) millis;
        statuses.merge(response.status(), 1, Integer::sum);
        int[] counts = operations.get(request.operation().name());
        counts[0]++;
        if (response.succeeded()) {
            counts[1]++;
        }
        for (String problem : problems) {
            String key = request.operation().name() + " | " + problem.replaceAll("[+-]?\\d+", "n");
            failureCounts.merge(key, 1, Integer::sum);
            failures.putIfAbsent(key, problem + " (answer " + response.status() + ": "
                    + FuzzRequest.visible(response.body(), 300) + ")\n    " + request.curl(base));
        }
    }

    void took(java.time.Duration value) {
        took = value;
    }

    /** What proving that refused writes left no rows cost (part of the time taken). */
    void checked(String rowCounting) {
        this.rowCounting = rowCounting;
    }

    public int requests() {
        return requests;
    }

    public long operationsCovered() {
        return operations.values().stream().filter(c -> c[0] > 0).count();
    }

    public long operationsSucceeded() {
        return operations.values().stream().filter(c -> c[1] > 0).count();
    }

    public int operationCount() {
        return operations.size();
    }

    public List<String> failures() {
        List<String> lines = new ArrayList<>();
        failures.forEach((key, first) -> lines.add(key + " x" + failureCounts.get(key) + "\n  " + first));
        return lines;
    }

    public String summary() {
        StringBuilder out = new StringBuilder("FUZZ " + service + ": seed " + seed + " (-Dfuzz.seed=" + seed + "), "
                + requests + " requests in " + took.toSeconds() + " s, statuses " + statuses + ", operations covered " + operationsCovered() + "/"
                + operations.size() + ", with a 2xx " + operationsSucceeded() + "/" + operations.size()
                + ", failing cases " + failures.size() + (rowCounting.isEmpty() ? "" : ", " + rowCounting) + "\n");
        operations.forEach((name, c) -> out.append(String.format("  %5d requests %5d 2xx %6d ms  %s%n", c[0], c[1], c[2], name)));
        failures().forEach(f -> out.append("  FAIL ").append(f).append('\n'));
        return out.toString();
    }
}
