package dk.mentor.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.RestAssured;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Every operation that names a resource (a path id) or a municipality (path, query or body),
 * called on the owning municipality's resources by every role of foreign municipalities and by
 * the owning municipality's outsiders. None may succeed: a role the operation names gets 404, as
 * if the resource did not exist; a role it does not name gets 403 from the role check.
 *
 * <p>Which refusals are audited: every 404, because it comes from the resource or municipality
 * check (MunicipalityAccess and the services' access classes), which writes a DENIED row in a
 * transaction of its own; the rule is that access outside a user's municipality is denied and
 * logged. A 403 from {@code @RolesAllowed} is refused before any resource is looked up, so there is
 * nothing to log it against, and it is not looked for.
 */
public final class IsolationMatrix {

    private final IsolationSetup setup;
    private final ApiDocument document;
    private final Harvest harvest = new Harvest();
    private final RequestFactory requests;
    private final HttpSender sender;
    private int attempt;

    public IsolationMatrix(IsolationSetup setup) {
        this.setup = setup;
        this.document = ApiDocument.of(setup.service);
        Random random = new Random(FuzzSetup.DEFAULT_SEED);
        setup.resources.forEach((kind, ids) -> ids.forEach(id -> harvest.add(kind, id)));
        setup.etags.forEach(harvest::etag);
        this.requests = new RequestFactory(document, harvest, new ValueFactory(document, harvest, setup.owner, random), random);
        this.sender = new HttpSender(RestAssured.baseURI + ":" + RestAssured.port);
    }

    public IsolationReport run() {
        IsolationReport report = new IsolationReport(setup.service, sender.base(), setup.skipped, setup.filteredLists);
        for (ApiOperation op : document.operations()) {
            if (!namesResourceOrMunicipality(op) || setup.skipped.containsKey(op.name())) {
                continue;
            }
            if (!resolvable(op)) {
                report.unreachable(op.name());
                continue;
            }
            report.operation(op.name());
            for (String municipality : setup.foreign) {
                for (String role : Fuzzer.ROLES) {
                    attempt(op, new Caller("iso-" + (++attempt) + "-" + role + "-" + municipality, List.of(role),
                            List.of(municipality)), report);
                }
            }
            for (Caller outsider : setup.outsiders) {
                attempt(op, new Caller(outsider.username() + "-" + (++attempt), outsider.roles(), outsider.municipalities()), report);
            }
        }
        report.audited(deniedActors());
        System.out.println(report.summary());
        return report;
    }

    private void attempt(ApiOperation op, Caller caller, IsolationReport report) {
        FuzzRequest request = requests.valid(op, caller, true);
        String body = setup.bodies.getOrDefault(op.name(), request.body());
        String query = setup.queries.getOrDefault(op.name(), request.query());
        if (setup.bodies.containsKey(op.name()) || setup.queries.containsKey(op.name())) {
            request = new FuzzRequest(op, request.method(), request.path(), query, request.headers(),
                    request.contentType(), body, caller, "valid");
        }
        int expected = op.allows(caller.roles().get(0)) ? 404 : 403;
        FuzzResponse response = sender.send(request);
        if (setup.filteredLists.containsKey(op.name()) && response.succeeded()) {
            report.filtered(request, response, seededIds());
        } else {
            report.record(request, response, expected);
        }
    }

    private List<String> seededIds() {
        return setup.resources.values().stream().flatMap(List::stream).toList();
    }

    static boolean namesResourceOrMunicipality(ApiOperation op) {
        // a path value names a resource when it is an id or a municipality; {type} of an event schema is neither
        if (op.in("path").stream().map(p -> p.name().toLowerCase())
                .anyMatch(name -> name.endsWith("id") || name.contains("municipality"))) {
            return true;
        }
        if (op.parameters().stream().anyMatch(p -> p.name().toLowerCase().contains("municipality"))) {
            return true;
        }
        if (op.bodySchema() == null) {
            return false;
        }
        Set<String> names = new HashSet<>();
        op.bodySchema().path("properties").fieldNames().forEachRemaining(names::add);
        return names.stream().anyMatch(n -> n.toLowerCase().contains("municipality"));
    }

    /** Every path id of the operation names a resource the test made. */
    private boolean resolvable(ApiOperation op) {
        for (ApiParameter p : op.in("path")) {
            boolean id = p.name().toLowerCase().endsWith("id");
            String kind = op.resourceKind(p);
            if (id && !harvest.knows(kind)) {
                return false;
            }
        }
        return true;
    }

    /** The user names of the DENIED entries the owning municipality's auditor can read. */
    private Set<String> deniedActors() {
        Caller auditor = Caller.of("iso-auditor-" + setup.owner, "auditor", setup.owner);
        ApiOperation list = document.operations().stream().filter(op -> op.name().equals("GET /api/v1/audit-entries"))
                .findFirst().orElseThrow(() -> new IllegalStateException("no audit entries in " + setup.service));
        Set<String> actors = new HashSet<>();
        for (int page = 0; ; page++) {
            FuzzResponse response = sender.send(new FuzzRequest(list, "GET", list.path(), "size=200&page=" + page,
                    Map.of(), null, null, auditor, "audit"));
            JsonNode body = response.json();
            if (response.status() != 200 || body == null) {
                throw new IllegalStateException("the auditor cannot read the audit entries: " + response.status());
            }
            body.path("items").forEach(entry -> {
                if (entry.path("outcome").asText().equals("DENIED")) {
                    actors.add(entry.path("actorName").asText());
                }
            });
            if ((page + 1) * 200L >= body.path("totalItems").asLong()) {
                return actors;
            }
        }
    }
}
