package dk.mentor.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Invalid and boundary values. Body values are raw JSON text, so they can hold what a JSON
 * library would never write (a lone surrogate escape, 1e309); path and query values are already
 * percent-encoded, so they can hold an encoded NUL or broken UTF-8.
 */
public final class Hostile {

    /** A value and what it is, for the printed case. */
    public record Value(String label, String text) {
    }

    private static final String LONG = "x".repeat(10_500);
    private static final List<Value> JSON_TEXT = List.of(
            new Value("NUL", "\"a\\u0000b\""), new Value("BEL", "\"\\u0007\""), new Value("ESC", "\"\\u001b[31mred\""),
            new Value("lone high surrogate", "\"\\uD800\""), new Value("lone low surrogate", "\"x\\uDC00y\""),
            new Value("empty", "\"\""), new Value("blank", "\"   \""), new Value("10k string", "\"" + LONG + "\""),
            new Value("invalid date", "\"2025-02-30\""), new Value("invalid date-time", "\"2025-13-01T25:61:00Z\""),
            new Value("unknown enum", "\"NOT_A_VALUE\""), new Value("foreign municipality", "\"0101\""),
            new Value("non-existing municipality", "\"9999\""), new Value("short municipality", "\"751\""),
            new Value("nil uuid", "\"00000000-0000-0000-0000-000000000000\""),
            new Value("sql", "\"' OR '1'='1\""), new Value("markup", "\"<script>alert(1)</script>\""),
            new Value("emoji", "\"\uD83D\uDE00 ÆØÅ\""), new Value("lookup", "\"${jndi:ldap://x.invalid/a}\""),
            new Value("right-to-left override", "\"\\u202Eevil\""), new Value("digits as text", "\"12\""));
    private static final List<Value> JSON_NUMBERS = List.of(
            new Value("minus one", "-1"), new Value("zero", "0"), new Value("int overflow", "2147483648"),
            new Value("int underflow", "-2147483649"), new Value("long overflow", "9223372036854775808"),
            new Value("1e309", "1e309"), new Value("-1e309", "-1e309"), new Value("tiny", "1e-400"),
            new Value("fraction", "1.5"), new Value("huge decimal", "99999999999999999999999999999.999999"),
            new Value("negative huge", "-99999999999999999999"));
    private static final List<Value> JSON_SHAPES = List.of(
            new Value("null", "null"), new Value("true", "true"), new Value("object", "{}"), new Value("array", "[]"),
            new Value("array of null", "[null]"), new Value("nested object", "{\"a\":{\"b\":1}}"),
            new Value("NaN", "NaN"), new Value("leading zero", "012"), new Value("plus sign", "+1"));
    private static final List<Value> ENCODED = List.of(
            new Value("not a uuid", "not-a-uuid"), new Value("encoded NUL", "%00"), new Value("encoded NUL inside", "a%00b"),
            new Value("encoded BEL", "%07"), new Value("encoded ESC", "%1B"), new Value("encoded surrogate", "%ED%A0%80"),
            new Value("overlong dot", "%C0%AE"), new Value("dot dot", ".."), new Value("encoded dot dot", "%2e%2e"),
            new Value("encoded slash", "a%2Fb"), new Value("foreign municipality", "0101"),
            new Value("non-existing municipality", "9999"), new Value("minus one", "-1"), new Value("zero", "0"),
            new Value("long overflow", "99999999999999999999"), new Value("1e309", "1e309"),
            new Value("invalid date", "2025-02-30"), new Value("blank", "%20"), new Value("unknown enum", "NOT_A_VALUE"),
            new Value("percent", "%25"), new Value("emoji", "%F0%9F%98%80"), new Value("sql", "%27%20OR%201%3D1"),
            new Value("nil uuid", "00000000-0000-0000-0000-000000000000"),
            new Value("5k string", "y".repeat(5_000)));
    private static final List<Value> WHOLE_BODIES = List.of(
            new Value("empty body", ""), new Value("null body", "null"), new Value("array body", "[]"),
            new Value("string body", "\"x\""), new Value("broken JSON", "{\"a\": "), new Value("number body", "1e309"),
            new Value("deep nesting", "[".repeat(5_000) + "]".repeat(5_000)),
            new Value("duplicate keys", "{\"a\":1,\"a\":2}"), new Value("lone surrogate key", "{\"\\uD800\":1}"),
            new Value("NUL raw byte", "{\"a\":\"\u0000\"}"), new Value("2 MB string", "{\"a\":\"" + "z".repeat(2_000_000) + "\"}"));

    private final Random random;

    public Hostile(Random random) {
        this.random = random;
    }

    /** An invalid or boundary JSON value for a field of this (resolved) schema. */
    public Value json(JsonNode schema, Harvest harvest) {
        List<Value> choices = new ArrayList<>(JSON_SHAPES);
        choices.addAll(JSON_TEXT);
        choices.addAll(JSON_NUMBERS);
        choices.addAll(bounds(schema, true));
        choices.add(new Value("random uuid", "\"" + UUID.randomUUID() + "\""));
        choices.add(new Value("id of another resource", "\"" + harvest.anyId(random) + "\""));
        return choices.get(random.nextInt(choices.size()));
    }

    /** An invalid or boundary value for a path, query or header parameter, percent-encoded. */
    public Value encoded(JsonNode schema, Harvest harvest) {
        List<Value> choices = new ArrayList<>(ENCODED);
        choices.addAll(bounds(schema, false));
        choices.add(new Value("random uuid", UUID.randomUUID().toString()));
        choices.add(new Value("id of another resource", harvest.anyId(random)));
        return choices.get(random.nextInt(choices.size()));
    }

    public Value wholeBody() {
        return WHOLE_BODIES.get(random.nextInt(WHOLE_BODIES.size()));
    }

    /** min-1, max+1, a string one over maxLength: the edges the schema itself names. */
    private static List<Value> bounds(JsonNode schema, boolean json) {
        List<Value> values = new ArrayList<>();
        if (schema.has("minimum")) {
            values.add(new Value("minimum-1", schema.get("minimum").decimalValue().subtract(java.math.BigDecimal.ONE).toPlainString()));
        }
        if (schema.has("maximum")) {
            values.add(new Value("maximum+1", schema.get("maximum").decimalValue().add(java.math.BigDecimal.ONE).toPlainString()));
        }
        if (schema.has("maxLength")) {
            String over = "w".repeat(schema.get("maxLength").asInt() + 1);
            values.add(new Value("maxLength+1", json ? "\"" + over + "\"" : over));
        }
        if (schema.has("minLength") && schema.get("minLength").asInt() > 0) {
            String under = "w".repeat(schema.get("minLength").asInt() - 1);
            values.add(new Value("minLength-1", json ? "\"" + under + "\"" : under));
        }
        return values;
    }
}
