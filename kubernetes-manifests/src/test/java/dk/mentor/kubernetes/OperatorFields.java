package dk.mentor.kubernetes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks a custom resource that has no Java model against the field list of operator-fields.yaml:
 * every leaf of the document outside apiVersion, kind and metadata must be a listed field.
 */
final class OperatorFields {

    record Kind(String operator, Map<String, String> typed, List<String> fields) {
    }

    private static final Map<String, Kind> KINDS = load();

    private OperatorFields() {
    }

    static boolean covers(String type) {
        return KINDS.containsKey(type);
    }

    static List<String> check(Document document) {
        Kind kind = KINDS.get(TypedModels.type(document));
        List<String> problems = new ArrayList<>();
        document.tree().fields().forEachRemaining(field -> {
            if (!List.of("apiVersion", "kind", "metadata").contains(field.getKey())) {
                walk(kind, field.getValue(), field.getKey(), problems);
            }
        });
        return problems;
    }

    private static void walk(Kind kind, JsonNode node, String path, List<String> problems) {
        String typed = kind.typed() == null ? null : kind.typed().get(path);
        if (typed != null) {
            problems.addAll(UnknownFields.of(TypedModels.SERIALIZATION.convertValue(node, model(typed)), path));
            return;
        }
        if (allowedBelow(kind, path)) {
            return;
        }
        if (node.isObject() && node.size() > 0) {
            node.fields().forEachRemaining(field -> walk(kind, field.getValue(), path + "." + field.getKey(), problems));
        } else if (node.isArray() && node.size() > 0) {
            node.forEach(item -> walk(kind, item, path + "[]", problems));
        } else if (!kind.fields().contains(path)) {
            problems.add(path + ": not a field of " + kind.operator() + "'s CRD as listed in operator-fields.yaml");
        }
    }

    private static boolean allowedBelow(Kind kind, String path) {
        return kind.fields().stream().anyMatch(field -> field.endsWith(".*")
                && (path + ".").startsWith(field.substring(0, field.length() - 1)));
    }

    private static Class<?> model(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("operator-fields.yaml names an unknown model " + name, e);
        }
    }

    private static Map<String, Kind> load() {
        try (InputStream in = OperatorFields.class.getResourceAsStream("/operator-fields.yaml")) {
            return Yaml.MAPPER.readValue(in, new TypeReference<Map<String, Kind>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
