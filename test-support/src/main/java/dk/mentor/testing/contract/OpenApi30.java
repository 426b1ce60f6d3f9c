package dk.mentor.testing.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The OpenAPI 3.0 variant of a 3.1 document, for tools that do not read 3.1: {@code type: [X, "null"]}
 * becomes {@code nullable}, a schema's {@code examples} its {@code example}, {@code const} a one-value
 * {@code enum}, numeric exclusive bounds the boolean form, and what 3.0 lacks is dropped (the keywords
 * of newer JSON Schema, webhooks, a reference's sibling keywords, which 3.0 ignores anyway).
 */
public final class OpenApi30 {

    public static final String VERSION = "3.0.3";

    private static final Set<String> SCHEMA_MAPS = Set.of("properties", "patternProperties", "$defs");
    private static final Set<String> SCHEMA_VALUES = Set.of("items", "additionalProperties", "not", "schema");
    private static final Set<String> SCHEMA_LISTS = Set.of("allOf", "anyOf", "oneOf");
    private static final Set<String> NOT_IN_30 = Set.of("$schema", "$id", "$anchor", "$defs", "$comment",
            "contentMediaType", "contentEncoding", "prefixItems", "unevaluatedProperties", "unevaluatedItems",
            "dependentRequired", "dependentSchemas", "patternProperties", "propertyNames", "contains", "minContains",
            "maxContains", "if", "then", "else");

    private OpenApi30() {
    }

    public static ObjectNode convert(JsonNode document31) {
        ObjectNode doc = document31.deepCopy();
        doc.put("openapi", VERSION);
        doc.remove("webhooks");
        doc.remove("jsonSchemaDialect");
        if (doc.path("info").isObject()) {
            ((ObjectNode) doc.get("info")).remove("summary");
            if (doc.path("info").path("license").isObject()) {
                ((ObjectNode) doc.get("info").get("license")).remove("identifier");
            }
        }
        if (doc.path("components").isObject()) {
            ((ObjectNode) doc.get("components")).remove("pathItems");
        }
        walk(doc, false);
        return doc;
    }

    /** What a 3.0 reader (swagger-parser) says of the document: empty when it reads it cleanly as 3.0. */
    public static List<String> parserMessages(String document30) {
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        SwaggerParseResult result = new OpenAPIParser().readContents(document30, null, options);
        List<String> messages = new ArrayList<>(result.getMessages() == null ? List.of() : result.getMessages());
        if (result.getOpenAPI() == null) {
            messages.add("not read as an OpenAPI document");
        } else if (!VERSION.equals(result.getOpenAPI().getOpenapi())) {
            messages.add("read as OpenAPI " + result.getOpenAPI().getOpenapi() + ", not " + VERSION);
        }
        return messages;
    }

    private static void walk(JsonNode node, boolean schema) {
        if (node.isArray()) {
            node.forEach(element -> walk(element, false));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        ObjectNode object = (ObjectNode) node;
        if (schema) {
            downgrade(object);
        }
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = field.getKey();
            JsonNode value = field.getValue();
            if (key.equals("example") || key.equals("examples") || key.equals("enum") || key.equals("default")) {
                continue;
            }
            if (schema && SCHEMA_MAPS.contains(key) || key.equals("schemas") && !schema) {
                value.forEach(child -> walk(child, true));
            } else if (SCHEMA_VALUES.contains(key) && (schema || key.equals("schema"))) {
                walk(value, true);
            } else if (schema && SCHEMA_LISTS.contains(key)) {
                value.forEach(child -> walk(child, true));
            } else {
                walk(value, false);
            }
        }
    }

    private static void downgrade(ObjectNode schema) {
        if (schema.has("$ref")) {
            JsonNode ref = schema.get("$ref");
            schema.removeAll();
            schema.set("$ref", ref);
            return;
        }
        JsonNode type = schema.get("type");
        if (type != null && type.isArray()) {
            List<String> types = new ArrayList<>();
            type.forEach(t -> types.add(t.asText()));
            if (types.remove("null")) {
                schema.put("nullable", true);
            }
            if (types.size() == 1) {
                schema.put("type", types.get(0));
            } else {
                schema.remove("type");
            }
        }
        nullAlternatives(schema, "anyOf");
        nullAlternatives(schema, "oneOf");
        if (schema.has("const")) {
            ArrayNode values = JsonNodeFactory.instance.arrayNode().add(schema.get("const"));
            schema.remove("const");
            schema.set("enum", values);
        }
        if (schema.path("examples").isArray()) {
            JsonNode examples = schema.remove("examples");
            if (!examples.isEmpty() && !schema.has("example")) {
                schema.set("example", examples.get(0));
            }
        }
        bound(schema, "exclusiveMinimum", "minimum");
        bound(schema, "exclusiveMaximum", "maximum");
        NOT_IN_30.forEach(schema::remove);
    }

    /** {@code anyOf: [X, {type: null}]} reads in 3.0 as X made nullable. */
    private static void nullAlternatives(ObjectNode schema, String keyword) {
        JsonNode alternatives = schema.get(keyword);
        if (alternatives == null || !alternatives.isArray()) {
            return;
        }
        ArrayNode kept = JsonNodeFactory.instance.arrayNode();
        alternatives.forEach(alternative -> {
            if ("null".equals(alternative.path("type").asText(null)) && alternative.size() == 1) {
                schema.put("nullable", true);
            } else {
                kept.add(alternative);
            }
        });
        schema.set(keyword, kept);
    }

    /** 3.1's numeric bound becomes 3.0's inclusive bound with the boolean exclusive flag. */
    private static void bound(ObjectNode schema, String exclusive, String inclusive) {
        JsonNode value = schema.get(exclusive);
        if (value != null && value.isNumber()) {
            schema.set(inclusive, value);
            schema.put(exclusive, true);
        }
    }
}
