package dk.mentor.dashboard.application;

import dk.mentor.dashboard.infra.Reply;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What sending one of the dashboard's forms to a service came to: done, or refused with the message
 * key of each field the service's RFC 9457 problem named (shown next to the field) and one for the
 * form as a whole. The keys are {@code <form>_error_<field>} and {@code <form>_error_<reason>}, so
 * each form has its own Danish sentences.
 *
 * @param status the HTTP status the form is answered with: 200/201 done, else the service's 4xx, or 502
 * @param body   what the service answered when it was done (null otherwise)
 */
public record FormOutcome(int status, Map<String, String> fieldErrors, String formError, Object body) {

    public static FormOutcome done(Object body) {
        return new FormOutcome(200, Map.of(), null, body);
    }

    public boolean succeeded() {
        return status < 300;
    }

    /** The message key for {@code field}, or null. */
    public String of(String field) {
        return fieldErrors.get(field);
    }

    /** Fields the dashboard could not read itself (a number typed as text): refused before asking the service. */
    public static FormOutcome unreadable(String form, Map<String, String> fieldErrors) {
        return new FormOutcome(400, Map.copyOf(fieldErrors), form + "_error_fields", null);
    }

    /** The service's answer as a form outcome; {@code fields} are the form's fields a problem can name. */
    public static FormOutcome of(Reply<?> reply, String form, Set<String> fields) {
        if (reply instanceof Reply.Ok<?> ok) {
            return done(ok.body());
        }
        if (!(reply instanceof Reply.Problem<?> problem)) {
            return new FormOutcome(502, Map.of(), form + "_error_unavailable", null);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        for (String named : problem.fields()) {
            String name = MeetingLogging.topField(named);
            if (fields.contains(name)) {
                errors.putIfAbsent(name, form + "_error_" + name);
            }
        }
        String formError = switch (problem.status()) {
            case 400, 422 -> errors.isEmpty() ? form + "_error_rule" : form + "_error_fields";
            case 409, 412 -> form + "_error_conflict";
            case 403, 404 -> form + "_error_forbidden";
            default -> "problem_other";
        };
        return new FormOutcome(problem.status(), Map.copyOf(errors), formError, null);
    }
}
