package dk.mentor.testing.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One request ready to send. The path and query are already percent-encoded (hostile values may
 * be pre-encoded on purpose, as "%00"); the body is raw text so that it can hold what no JSON
 * library writes, like a lone surrogate escape or 1e309.
 */
public record FuzzRequest(ApiOperation operation, String method, String path, String query,
        Map<String, String> headers, String contentType, String body, Caller caller, String mutation) {

    public String target() {
        return query.isEmpty() ? path : path + "?" + query;
    }

    public boolean isWrite() {
        return !method.equals("GET");
    }

    /** A curl-like line that shows the case; the token is described rather than printed. */
    public String curl(String base) {
        StringBuilder line = new StringBuilder("curl -X ").append(method).append(" '").append(base)
                .append(visible(target(), 300)).append("' -H 'Authorization: Bearer <").append(caller.describe()).append(">'");
        new LinkedHashMap<>(headers).forEach((name, value) ->
                line.append(" -H '").append(name).append(": ").append(visible(value, 120)).append("'"));
        if (body != null) {
            line.append(" -H 'Content-Type: ").append(contentType).append("' --data-raw '")
                    .append(visible(body, 400)).append("'");
        }
        return line.append("   # ").append(mutation).toString();
    }

    /** Control characters shown as escapes and long text cut, so the line can be read and copied. */
    static String visible(String text, int max) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length() && out.length() < max; i++) {
            char c = text.charAt(i);
            out.append(c < 0x20 || Character.isSurrogate(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return text.length() > max ? out + "...(" + text.length() + " chars)" : out.toString();
    }

    /** Path values in template order, as the harvest looks versions up. */
    public List<String> pathValues() {
        List<String> result = new ArrayList<>();
        String[] template = operation.path().split("/");
        String[] actual = path.split("/");
        for (int i = 0; i < template.length && i < actual.length; i++) {
            if (template[i].startsWith("{")) {
                result.add(actual[i]);
            }
        }
        return result;
    }
}
