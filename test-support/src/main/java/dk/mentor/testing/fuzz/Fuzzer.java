package dk.mentor.testing.fuzz;

import io.restassured.RestAssured;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Runs a service's fuzz campaign against the application under test: every operation of its
 * kept document, valid requests that go deep and mutated ones that try to break it, each answer
 * checked by {@link AnswerChecks}, and every refused write checked to have left no row behind.
 */
public final class Fuzzer {

    /** The realm roles (service-kit's Roles), so that every role is tried on every operation. */
    public static final List<String> ROLES = List.of("coordinator", "caseworker", "social-worker", "mentor",
            "finance-officer", "auditor", "admin", "integration");
    private static final String FOREIGN = "0101";

    private final FuzzSetup setup;
    private final ApiDocument document;
    private final Random random;
    private final Harvest harvest = new Harvest();
    private final RequestFactory requests;
    private final AnswerChecks checks;
    private final HttpSender sender;

    public Fuzzer(FuzzSetup setup) {
        this.setup = setup;
        this.document = ApiDocument.of(setup.service);
        this.random = new Random(setup.seed);
        this.requests = new RequestFactory(document, harvest, new ValueFactory(document, harvest, setup.municipality, random), random);
        this.checks = new AnswerChecks(setup.cprNumbers);
        this.sender = new HttpSender(RestAssured.baseURI + ":" + RestAssured.port);
        setup.seededIds.forEach((kind, ids) -> ids.forEach(id -> harvest.add(kind, id)));
    }

    public FuzzReport run() {
        Config config = ConfigProvider.getConfig();
        String schema = config.getValue("quarkus.flyway.schemas", String.class);
        FuzzReport report = new FuzzReport(setup.service, setup.seed, sender.base(), document.operations());
        try (RowCounts counts = new RowCounts(config.getValue("quarkus.datasource.jdbc.url", String.class), schema,
                setup.notCounted)) {
            long started = System.nanoTime();
            warmUp(report, counts);
            List<ApiOperation> operations = document.operations();
            while (report.requests() < setup.requests) {
                ApiOperation op = operations.get(random.nextInt(operations.size()));
                Caller caller = caller(op);
                FuzzRequest request = random.nextInt(100) < 45 ? requests.valid(op, caller, false) : requests.mutated(op, caller);
                exchange(request, report, counts);
            }
            report.took(java.time.Duration.ofNanos(System.nanoTime() - started));
            report.checked(counts.cost());
        }
        System.out.println(report.summary());
        return report;
    }

    /** Every list is read once by every allowed role of the owning municipality, so ids are known before the run. */
    private void warmUp(FuzzReport report, RowCounts counts) {
        for (ApiOperation op : document.operations()) {
            if (op.isRead() && op.in("path").isEmpty()) {
                for (String role : op.roles().isEmpty() ? ROLES : op.roles()) {
                    exchange(requests.valid(op, caller(role, List.of(setup.municipality)), true), report, counts);
                }
            }
        }
    }

    private void exchange(FuzzRequest request, FuzzReport report, RowCounts counts) {
        long started = System.nanoTime();
        Map<String, Long> before = request.isWrite() ? counts.snapshot() : null;
        FuzzResponse response = sender.send(request);
        List<String> problems = new ArrayList<>(checks.problems(request.operation(), response));
        if (before != null && response.status() >= 400) {
            List<String> left = RowCounts.differences(before, counts.snapshot());
            if (!left.isEmpty()) {
                problems.add("refused write left rows behind: " + left);
            }
        }
        List<String> pathValues = request.pathValues();
        harvest.learn(request.operation(), request.path(), pathValues, response);
        report.record(request, response, problems, (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Mostly a role the operation allows, for the owning municipality, so that requests get past
     * the access checks; now and then a foreign, missing or malformed municipality claim.
     */
    private Caller caller(ApiOperation op) {
        List<String> allowed = op.roles().isEmpty() ? ROLES : List.copyOf(op.roles());
        String role = random.nextInt(100) < 85 ? allowed.get(random.nextInt(allowed.size()))
                : ROLES.get(random.nextInt(ROLES.size()));
        int claim = random.nextInt(100);
        List<String> municipalities = claim < 86 ? List.of(setup.municipality)
                : claim < 91 ? List.of(FOREIGN)
                : claim < 95 ? List.of(setup.municipality, FOREIGN)
                : claim < 98 ? List.of() : List.of("abc");
        return caller(role, municipalities);
    }

    private Caller caller(String role, List<String> municipalities) {
        String username = role.equals("mentor") && !setup.mentorUsernames.isEmpty()
                ? setup.mentorUsernames.get(random.nextInt(setup.mentorUsernames.size()))
                : role + "-fuzz-" + String.join("-", municipalities);
        return new Caller(username, List.of(role), municipalities);
    }
}
