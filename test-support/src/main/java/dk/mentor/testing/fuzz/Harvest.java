package dk.mentor.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Ids and versions learnt from 2xx answers, so that generated requests reach real resources and
 * deep paths. Ids are pooled by a normalised resource name: path segment "training-courses" and
 * field "trainingCourseId" both pool as "trainingcourse".
 */
public final class Harvest {

    private static final Pattern UUID_SHAPE = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final int POOL_LIMIT = 40;

    private final Map<String, List<String>> pools = new LinkedHashMap<>();
    private final Map<String, String> etags = new HashMap<>();

    /** The pool name of a path segment or field: lower case, no separators, no plural s, no "id". */
    public static String key(String name) {
        String k = name.replaceAll("(?i)ids?$", "").replaceAll("[-_]", "").toLowerCase();
        return k.endsWith("s") && k.length() > 2 ? k.substring(0, k.length() - 1) : k;
    }

    public void add(String pool, String id) {
        List<String> ids = pools.computeIfAbsent(key(pool), k -> new ArrayList<>());
        if (!ids.contains(id)) {
            ids.add(id);
            if (ids.size() > POOL_LIMIT) {
                ids.remove(0);
            }
        }
    }

    /** A known id for this parameter or field name; any known id when none fits; a fresh UUID when none is known. */
    public String id(String name, Random random) {
        List<String> fitting = pool(key(name));
        if (!fitting.isEmpty()) {
            return fitting.get(random.nextInt(fitting.size()));
        }
        return anyId(random);
    }

    /** Any known id of any kind, the "id of another resource" of the invalid values. */
    public String anyId(Random random) {
        List<String> all = pools.values().stream().flatMap(List::stream).toList();
        return all.isEmpty() ? UUID.randomUUID().toString() : all.get(random.nextInt(all.size()));
    }

    public boolean knows(String name) {
        return !pool(key(name)).isEmpty();
    }

    private List<String> pool(String key) {
        List<String> exact = pools.get(key);
        if (exact != null && !exact.isEmpty()) {
            return exact;
        }
        return pools.entrySet().stream()
                .filter(e -> !key.isEmpty() && (e.getKey().endsWith(key) || key.endsWith(e.getKey())))
                .flatMap(e -> e.getValue().stream()).toList();
    }

    public void etag(String idOrPath, String etag) {
        etags.put(idOrPath, etag);
    }

    /** The latest version seen of the resource at this concrete path, by its ids from the last. */
    public String etagFor(String concretePath, List<String> pathValues) {
        for (int i = pathValues.size() - 1; i >= 0; i--) {
            String etag = etags.get(pathValues.get(i));
            if (etag != null) {
                return etag;
            }
        }
        return etags.get(concretePath);
    }

    /** Learns the ids and the version in a 2xx answer to a request of this operation. */
    public void learn(ApiOperation op, String concretePath, List<String> pathValues, FuzzResponse response) {
        if (response.status() < 200 || response.status() > 299) {
            return;
        }
        JsonNode body = response.json();
        String owner = op.answerType().isEmpty() ? null : op.answerType();
        if (body != null) {
            if (body.has("items") && body.get("items").isArray()) {
                body.get("items").forEach(item -> learnNode(item, owner));
            } else {
                learnNode(body, owner);
            }
        }
        String etag = response.header("ETag");
        if (etag != null) {
            etags.put(concretePath, etag);
            if (body != null && body.path("id").isTextual()) {
                etags.put(body.get("id").asText(), etag);
            } else if (!pathValues.isEmpty()) {
                etags.put(pathValues.get(pathValues.size() - 1), etag);
            }
        }
    }

    private void learnNode(JsonNode node, String owner) {
        if (node.path("id").isTextual() && owner != null) {
            add(owner, node.get("id").asText());
        }
        learnReferences(node, 0);
    }

    private void learnReferences(JsonNode node, int depth) {
        if (depth > 4) {
            return;
        }
        node.fields().forEachRemaining(field -> {
            JsonNode value = field.getValue();
            if (field.getKey().endsWith("Id") && value.isTextual() && UUID_SHAPE.matcher(value.asText()).matches()) {
                add(field.getKey(), value.asText());
            } else if (value.isObject()) {
                learnReferences(value, depth + 1);
            } else if (value.isArray()) {
                value.forEach(item -> learnReferences(item, depth + 1));
            }
        });
    }
}
