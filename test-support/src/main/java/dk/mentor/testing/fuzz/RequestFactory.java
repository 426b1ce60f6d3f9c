package dk.mentor.testing.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Builds requests for an operation: first a valid one from the schema and the harvest, then, when
 * asked, one mutation in one place (a path segment, a query parameter, a header, a body field or
 * the whole body), so that a failing case names exactly what was wrong.
 */
public final class RequestFactory {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RAW = "\u0001raw\u0001";

    private final ApiDocument document;
    private final Harvest harvest;
    private final ValueFactory values;
    private final Hostile hostile;
    private final Random random;

    public RequestFactory(ApiDocument document, Harvest harvest, ValueFactory values, Random random) {
        this.document = document;
        this.harvest = harvest;
        this.values = values;
        this.hostile = new Hostile(random);
        this.random = random;
    }

    /** The parts of a request before it is encoded, so that one of them can be spoilt. */
    private static final class Draft {
        final Map<String, String> path = new LinkedHashMap<>();
        final Map<String, String> encodedPath = new LinkedHashMap<>();
        final Map<String, String> query = new LinkedHashMap<>();
        final List<String> extraQuery = new ArrayList<>();
        final Map<String, String> headers = new LinkedHashMap<>();
        JsonNode body;
        String rawBody;
        String rawValue;
        String contentType;
        String mutation = "valid";
    }

    public FuzzRequest valid(ApiOperation op, Caller caller, boolean exemplary) {
        return build(op, caller, draft(op, exemplary));
    }

    public FuzzRequest mutated(ApiOperation op, Caller caller) {
        Draft draft = draft(op, false);
        List<Runnable> mutations = new ArrayList<>();
        op.in("path").forEach(p -> mutations.add(() -> spoilPath(draft, p)));
        List<ApiParameter> query = op.in("query");
        if (!query.isEmpty()) {
            mutations.add(() -> spoilQuery(draft, query.get(random.nextInt(query.size()))));
            mutations.add(() -> {
                draft.extraQuery.add("unexpected=" + hostile.encoded(JSON.createObjectNode(), harvest).text());
                draft.mutation = "query: unknown parameter";
            });
        }
        if (op.hasParameter("page")) {
            mutations.add(() -> spoilPaging(draft));
        }
        op.in("header").forEach(h -> mutations.add(() -> spoilHeader(draft, h)));
        if (draft.body != null) {
            mutations.add(() -> spoilBodyField(draft, op));
            mutations.add(() -> dropBodyField(draft, op));
            mutations.add(() -> addBodyField(draft));
            mutations.add(() -> spoilWholeBody(draft));
            mutations.add(() -> {
                draft.contentType = "text/plain";
                draft.mutation = "content type text/plain";
            });
        }
        if (mutations.isEmpty()) {
            return build(op, caller, draft);
        }
        mutations.get(random.nextInt(mutations.size())).run();
        return build(op, caller, draft);
    }

    private Draft draft(ApiOperation op, boolean exemplary) {
        Draft draft = new Draft();
        for (ApiParameter p : op.in("path")) {
            draft.path.put(p.name(), pathValue(op, p));
        }
        for (ApiParameter p : op.in("query")) {
            boolean municipality = p.name().toLowerCase().contains("municipality");
            if (p.required() || (exemplary ? municipality || p.name().equals("size") : random.nextInt(10) < 4)) {
                draft.query.put(p.name(), queryValue(p, exemplary));
            }
        }
        for (ApiParameter p : op.in("header")) {
            String value = headerValue(op, p, draft);
            if (value != null) {
                draft.headers.put(p.name(), value);
            }
        }
        if (op.bodyMediaType() != null) {
            draft.contentType = op.bodyMediaType();
            if (op.hasJsonBody()) {
                draft.body = values.valid(op.bodySchema(), "", exemplary);
            } else {
                draft.rawBody = "name;kind\n" + "Mentor;VOLUNTEER\n";
            }
        }
        return draft;
    }

    private String pathValue(ApiOperation op, ApiParameter p) {
        if (p.name().equals("municipality")) {
            return values.municipality();
        }
        if (p.schema().path("format").asText().equals("uuid") || p.name().toLowerCase().endsWith("id")) {
            return harvest.id(op.resourceKind(p), random);
        }
        JsonNode example = ValueFactory.example(p.schema());
        if (example == null && p.example() != null && !p.example().isMissingNode()) {
            example = p.example();
        }
        return example != null ? example.asText() : values.valid(p.schema(), p.name(), true).asText();
    }

    private String queryValue(ApiParameter p, boolean exemplary) {
        if (p.name().equals("page")) {
            return "0";
        }
        if (p.name().equals("size")) {
            return String.valueOf(exemplary ? 200 : 1 + random.nextInt(50));
        }
        if (p.example() != null && !p.example().isMissingNode() && (exemplary || random.nextBoolean())
                && !p.name().toLowerCase().contains("municipality")) {
            return p.example().asText();
        }
        return values.valid(p.schema(), p.name(), exemplary).asText();
    }

    private String headerValue(ApiOperation op, ApiParameter p, Draft draft) {
        return switch (p.name()) {
            case "If-Match" -> {
                String etag = harvest.etagFor(concretePath(op, draft.path), new ArrayList<>(draft.path.values()));
                yield etag != null ? etag : "\"0\"";
            }
            case "Idempotency-Key" -> random.nextBoolean() ? UUID.randomUUID().toString() : null;
            default -> {
                JsonNode example = ValueFactory.example(p.schema());
                if (example == null && p.example() != null && !p.example().isMissingNode()) {
                    example = p.example();
                }
                yield example != null ? example.asText() : p.required() ? "fuzz" : null;
            }
        };
    }

    private void spoilPath(Draft draft, ApiParameter p) {
        Hostile.Value bad = hostile.encoded(p.schema(), harvest);
        draft.path.remove(p.name());
        draft.encodedPath.put(p.name(), bad.text());
        draft.mutation = "path " + p.name() + ": " + bad.label();
    }

    private void spoilQuery(Draft draft, ApiParameter p) {
        Hostile.Value bad = hostile.encoded(p.schema(), harvest);
        draft.query.remove(p.name());
        draft.extraQuery.add(p.name() + "=" + bad.text());
        draft.mutation = "query " + p.name() + ": " + bad.label();
    }

    private void spoilPaging(Draft draft) {
        String[] cases = {"page=-1", "size=100000", "size=abc", "size=0", "size=-5", "page=abc", "page=2147483648",
                "page=99999999", "size=1e309", "page=1&page=2"};
        String bad = cases[random.nextInt(cases.length)];
        draft.query.remove("page");
        draft.query.remove("size");
        draft.extraQuery.add(bad);
        draft.mutation = "paging " + bad;
    }

    private void spoilHeader(Draft draft, ApiParameter p) {
        String[] cases = p.name().equals("If-Match")
                ? new String[] {null, "", "garbage", "\"999999\"", "W/\"0\"", "*", "\"" + "9".repeat(400) + "\"", "\"-1\"", "\"abc\""}
                : new String[] {null, "", " ", "x".repeat(300), "ÆØÅ", "a b c", UUID.randomUUID().toString()};
        String bad = cases[random.nextInt(cases.length)];
        if (bad == null) {
            draft.headers.remove(p.name());
        } else {
            draft.headers.put(p.name(), bad);
        }
        draft.mutation = "header " + p.name() + ": " + (bad == null ? "absent" : FuzzRequest.visible(bad, 40));
    }

    private void spoilBodyField(Draft draft, ApiOperation op) {
        List<String> places = new ArrayList<>();
        BodyPlaces.collect(draft.body, "", places);
        if (places.isEmpty()) {
            spoilWholeBody(draft);
            return;
        }
        String place = places.get(random.nextInt(places.size()));
        JsonNode schema = document.schemaAt(op.bodySchema(), place);
        Hostile.Value bad = hostile.json(schema, harvest);
        BodyPlaces.replace(draft.body, place, TextNode.valueOf(RAW));
        draft.rawValue = bad.text();
        draft.mutation = "body " + place + ": " + bad.label();
    }

    private void dropBodyField(Draft draft, ApiOperation op) {
        List<String> required = new ArrayList<>();
        op.bodySchema().path("required").forEach(r -> required.add(r.asText()));
        if (draft.body instanceof ObjectNode object && !required.isEmpty()) {
            String name = required.get(random.nextInt(required.size()));
            object.remove(name);
            draft.mutation = "body without required " + name;
        } else {
            spoilWholeBody(draft);
        }
    }

    private void addBodyField(Draft draft) {
        if (draft.body instanceof ObjectNode object) {
            object.put("unexpectedField", RAW);
            draft.rawValue = hostile.json(JSON.createObjectNode(), harvest).text();
            draft.mutation = "body with an extra field";
        } else {
            spoilWholeBody(draft);
        }
    }

    private void spoilWholeBody(Draft draft) {
        Hostile.Value bad = hostile.wholeBody();
        draft.body = null;
        draft.rawBody = bad.text();
        draft.mutation = "whole body: " + bad.label();
    }

    private FuzzRequest build(ApiOperation op, Caller caller, Draft draft) {
        String path = op.path();
        for (Map.Entry<String, String> e : draft.path.entrySet()) {
            path = path.replace("{" + e.getKey() + "}", encode(e.getValue()));
        }
        for (Map.Entry<String, String> e : draft.encodedPath.entrySet()) {
            path = path.replace("{" + e.getKey() + "}", e.getValue());
        }
        List<String> query = new ArrayList<>();
        draft.query.forEach((k, v) -> query.add(k + "=" + encode(v)));
        query.addAll(draft.extraQuery);
        String body = draft.rawBody;
        if (draft.body != null) {
            try {
                body = JSON.writeValueAsString(draft.body);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            if (draft.rawValue != null) {
                body = body.replace("\"\\u0001raw\\u0001\"", draft.rawValue);
            }
        }
        return new FuzzRequest(op, op.method(), path, String.join("&", query), Map.copyOf(draft.headers),
                draft.contentType, body, caller, draft.mutation);
    }

    /** The path with the draft's valid values, the key under which a version is remembered. */
    public static String concretePath(ApiOperation op, Map<String, String> values) {
        String path = op.path();
        for (Map.Entry<String, String> e : values.entrySet()) {
            path = path.replace("{" + e.getKey() + "}", encode(e.getValue()));
        }
        return path;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
