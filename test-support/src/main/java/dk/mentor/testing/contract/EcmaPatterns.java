package dk.mentor.testing.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Patterns a client validates with JavaScript's or another ECMA-262 engine, as JSON Schema says: a
 * pattern written for java.util.regex may mean something else there, or not compile at all.
 */
public final class EcmaPatterns {

    /** What java.util.regex reads and ECMA-262 does not, with why it is refused. */
    private static final Map<Pattern, String> JAVA_ONLY = Map.of(
            Pattern.compile("\\\\[pP]\\{(java|Is|In|Alpha|Digit|Alnum|Upper|Lower|Punct|Graph|Print|Blank|Cntrl|XDigit|Space|ASCII)"),
            "a Java or POSIX character class (\\p{javaXxx}, \\p{Alpha}, ...)",
            Pattern.compile("[*+?][+]|\\{[0-9,]+}[+]"), "a possessive quantifier",
            Pattern.compile("\\\\[AZzGhHRQE]"), "a Java-only escape (\\A, \\Z, \\z, \\G, \\h, \\R, \\Q...\\E)",
            Pattern.compile("\\(\\?[a-zA-Z-]+[:)]"), "an inline flag such as (?i) or (?U)",
            Pattern.compile("&&\\["), "a character class intersection");

    private EcmaPatterns() {
    }

    /** Every {@code pattern} of the document that only Java reads, with where it is. */
    public static List<String> javaOnly(JsonNode doc) {
        List<String> problems = new ArrayList<>();
        walk(doc, "", problems);
        return problems;
    }

    static List<String> reasons(String pattern) {
        String unescaped = pattern.replace("\\\\", "");
        List<String> reasons = new ArrayList<>();
        JAVA_ONLY.forEach((syntax, reason) -> {
            if (syntax.matcher(unescaped).find()) {
                reasons.add(reason);
            }
        });
        return reasons;
    }

    private static void walk(JsonNode node, String where, List<String> problems) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (field.getKey().equals("pattern") && field.getValue().isTextual()) {
                    reasons(field.getValue().asText()).forEach(reason ->
                            problems.add(where + ": pattern " + field.getValue().asText() + " uses " + reason));
                } else if (!field.getKey().equals("example") && !field.getKey().equals("examples")) {
                    walk(field.getValue(), where + "/" + field.getKey(), problems);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), where + "/" + i, problems);
            }
        }
    }
}
