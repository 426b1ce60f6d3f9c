package dk.mentor.testing.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What every answer must honour, whatever was asked: no 5xx, a problem body for every 4xx, no header a
 * generated client would miss (one the document does not declare for that operation and status), and
 * nothing of the inside showing (stack traces, SQL, class names) nor a CPR number of the seeds.
 */
public final class AnswerChecks {

    private static final List<String> LEAKS = List.of("at dk.", "Exception", "java.", "select ", "insert into",
            "violates", "ERROR:");
    /** A qualified Java name; an event type of the contracts ("dk.mentor.catalog.MentorProfileChanged.v1") is public. */
    private static final Pattern CLASS_NAME = Pattern.compile(
            "\\b(dk|java|javax|jakarta|org|io|com|sun)\\.[a-z0-9_]+(\\.[a-z0-9_]+)*\\.[A-Z][A-Za-z0-9_$]+(?![A-Za-z0-9_$]|\\.v[0-9])");

    /** The headers a client acts on, so the document must declare them where they are sent. */
    static final List<String> DECLARED_HEADERS = List.of("ETag", "Location", "Idempotent-Replayed", "Retry-After");

    private final Set<String> cprNumbers;

    /** {@code cprNumbers}: the seeds' CPR numbers, each as DDMMYY-XXXX; the form without the dash is checked too. */
    public AnswerChecks(Set<String> cprNumbers) {
        this.cprNumbers = cprNumbers;
    }

    public List<String> problems(ApiOperation operation, FuzzResponse response) {
        List<String> problems = new ArrayList<>();
        for (String header : DECLARED_HEADERS) {
            if (response.header(header) != null && !operation.declaresHeader(response.status(), header)) {
                problems.add("header " + header + " not declared for " + response.status());
            }
        }
        if (response.status() >= 500) {
            problems.add("status " + response.status());
        }
        if (response.status() >= 400 && response.status() < 500
                && !response.contentType().startsWith("application/problem+json")) {
            problems.add(response.status() + " without application/problem+json (content type '" + response.contentType() + "')");
        }
        String body = response.body();
        for (String leak : LEAKS) {
            if (body.contains(leak)) {
                problems.add("body shows '" + leak.trim() + "'");
            }
        }
        var className = CLASS_NAME.matcher(body);
        if (className.find()) {
            problems.add("body names class " + className.group());
        }
        for (String cpr : cprNumbers) {
            if (body.contains(cpr) || body.contains(cpr.replace("-", ""))) {
                problems.add("body shows a seeded CPR number");
            }
        }
        return problems;
    }
}
