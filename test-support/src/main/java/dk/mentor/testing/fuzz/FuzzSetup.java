package dk.mentor.testing.fuzz;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a service's fuzz run needs to know beyond its document: the owning municipality, the
 * users who are mentors, the seeds' CPR numbers that must never show, and the ids of the
 * resources the test seeded. {@code -Dfuzz.seed} and {@code -Dfuzz.requests} override the run.
 */
public final class FuzzSetup {

    /** Fixed by default so that `./mvnw verify` is repeatable; pass -Dfuzz.seed=&lt;n&gt; to explore. */
    public static final long DEFAULT_SEED = 13;

    final String service;
    String municipality = "0751";
    final List<String> mentorUsernames = new ArrayList<>();
    final Set<String> cprNumbers = new HashSet<>();
    final Map<String, List<String>> seededIds = new LinkedHashMap<>();
    final Set<String> notCounted = new HashSet<>();
    int requests = Integer.getInteger("fuzz.requests", 5_000);
    long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);

    private FuzzSetup(String service) {
        this.service = service;
    }

    public static FuzzSetup of(String service) {
        return new FuzzSetup(service);
    }

    public FuzzSetup municipality(String value) { municipality = value; return this; }
    public FuzzSetup mentor(String username) { mentorUsernames.add(username); return this; }
    public FuzzSetup cpr(String value) { cprNumbers.add(value); return this; }
    public FuzzSetup seeded(String kind, String id) { java.util.Objects.requireNonNull(id, "seeded " + kind); seededIds.computeIfAbsent(kind, k -> new ArrayList<>()).add(id); return this; }
    /** A table a consumer or scheduler of this service writes on its own (see {@link RowCounts}). */
    public FuzzSetup notCounted(String table) { notCounted.add(table); return this; }
    public FuzzSetup requests(int value) { requests = Integer.getInteger("fuzz.requests", value); return this; }
}
