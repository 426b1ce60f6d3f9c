package dk.mentor.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Valid values for a schema: an enum member, the documented example, or a value inside the
 * constraints. Names steer the choice where the schema cannot: a "…Municipality" field gets the
 * owning municipality, an "…Id" field a harvested id of that kind.
 */
public final class ValueFactory {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] WORDS = {"mentor", "plan", "møde", "job", "Aarhus", "kursus", "netværk", "ÆØÅ", "test"};

    private final ApiDocument document;
    private final Harvest harvest;
    private final String municipality;
    private final Random random;

    public ValueFactory(ApiDocument document, Harvest harvest, String municipality, Random random) {
        this.document = document;
        this.harvest = harvest;
        this.municipality = municipality;
        this.random = random;
    }

    public String municipality() {
        return municipality;
    }

    /** A valid value; {@code exemplary} takes the documented example whenever there is one and leaves out optional fields. */
    public JsonNode valid(JsonNode rawSchema, String name, boolean exemplary) {
        return valid(rawSchema, name, exemplary, 0);
    }

    private JsonNode valid(JsonNode rawSchema, String name, boolean exemplary, int depth) {
        JsonNode schema = document.resolve(rawSchema);
        if (schema.has("enum")) {
            JsonNode values = schema.get("enum");
            return exemplary && example(schema) != null ? example(schema) : values.get(random.nextInt(values.size()));
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        String lower = name.toLowerCase();
        if (type.equals("string") && lower.contains("municipality") && !lower.contains("name")) {
            return NODES.textNode(municipality);
        }
        if (type.equals("string") && lower.endsWith("id") && lower.length() > 2 && harvest.knows(name)) {
            return NODES.textNode(harvest.id(name, random));
        }
        JsonNode example = example(schema);
        if (example != null && (exemplary || random.nextInt(10) < 6)) {
            return example;
        }
        return switch (type) {
            case "object" -> object(schema, exemplary, depth);
            case "array" -> array(schema, name, exemplary, depth);
            case "integer" -> NODES.numberNode(integer(schema));
            case "number" -> NODES.numberNode(number(schema));
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            default -> NODES.textNode(string(schema, name));
        };
    }

    /** The first documented example, or null. */
    public static JsonNode example(JsonNode schema) {
        if (schema.path("examples").isArray() && !schema.get("examples").isEmpty()) {
            return schema.get("examples").get(0);
        }
        return schema.has("example") ? schema.get("example") : null;
    }

    public ObjectNode object(JsonNode schema, boolean exemplary, int depth) {
        ObjectNode node = NODES.objectNode();
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        schema.path("properties").fields().forEachRemaining(property -> {
            boolean include = required.contains(property.getKey())
                    || (!exemplary && depth < 3 && random.nextInt(10) < 6);
            if (include) {
                node.set(property.getKey(), valid(property.getValue(), property.getKey(), exemplary, depth + 1));
            }
        });
        return node;
    }

    private ArrayNode array(JsonNode schema, String name, boolean exemplary, int depth) {
        ArrayNode node = NODES.arrayNode();
        int min = schema.path("minItems").asInt(0);
        int max = Math.min(schema.path("maxItems").asInt(3), Math.max(min, 3));
        int count = exemplary ? Math.max(min, 1) : min + random.nextInt(max - min + 1);
        for (int i = 0; i < count && depth < 4; i++) {
            node.add(valid(schema.path("items"), singular(name), exemplary, depth + 1));
        }
        return node;
    }

    private long integer(JsonNode schema) {
        long min = schema.path("minimum").asLong(0);
        long max = schema.path("maximum").asLong(Math.max(min, 0) + 100);
        return min + (long) (random.nextDouble() * (max - min + 1));
    }

    private BigDecimal number(JsonNode schema) {
        double min = schema.path("minimum").asDouble(0);
        double max = schema.path("maximum").asDouble(min + 100);
        return BigDecimal.valueOf(min + random.nextDouble() * (max - min)).setScale(2, RoundingMode.DOWN);
    }

    private String string(JsonNode schema, String name) {
        String format = schema.path("format").asText("");
        String pattern = schema.path("pattern").asText("");
        switch (format) {
            case "uuid":
                return harvest.knows(name) ? harvest.id(name, random) : UUID.randomUUID().toString();
            case "date":
                return LocalDate.now().plusDays(random.nextInt(60) - 30).toString();
            case "date-time":
                return OffsetDateTime.now(ZoneOffset.UTC).minusHours(random.nextInt(500)).truncatedTo(ChronoUnit.SECONDS).toString();
            case "local-time":
                return String.format("%02d:%02d", 8 + random.nextInt(10), random.nextBoolean() ? 0 : 30);
            case "uri":
                return "https://example.dk/" + word();
            default:
                break;
        }
        if (pattern.equals("[0-9]{4}")) {
            return name.toLowerCase().contains("postcode") ? "8000" : municipality;
        }
        if (pattern.equals("[0-9]{8}")) {
            return String.format("%08d", random.nextInt(100_000_000));
        }
        if (pattern.equalsIgnoreCase("[a-zA-Z]{2}") || pattern.equals("[a-z]{2}")) {
            return random.nextBoolean() ? "da" : "en";
        }
        if (pattern.startsWith("https://")) {
            return "https://example.dk/" + word();
        }
        if (pattern.startsWith("[+0-9")) {
            return "+45 12 34 56 78";
        }
        if (pattern.startsWith("[A-Za-z0-9._@-]")) {
            return "user." + random.nextInt(1000);
        }
        if (pattern.startsWith("[A-Z0-9_]")) {
            return "CODE_" + random.nextInt(10);
        }
        int maxLength = schema.path("maxLength").asInt(40);
        String text = word() + " " + word();
        return text.substring(0, Math.max(Math.min(text.length(), maxLength), Math.min(1, maxLength)));
    }

    private String word() {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private static String singular(String name) {
        return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }
}
