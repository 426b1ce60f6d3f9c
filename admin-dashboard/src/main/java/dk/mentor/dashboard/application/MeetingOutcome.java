package dk.mentor.dashboard.application;

import java.util.Map;

/**
 * What logging a meeting came to: logged, or refused with the message key of each field the
 * service named (shown next to the field) and one for the form as a whole.
 *
 * @param status the HTTP status the form is answered with: 201 logged, else the service's 400/409/422, or 502
 */
public record MeetingOutcome(int status, Map<String, String> fieldErrors, String formError) {

    public static final MeetingOutcome LOGGED = new MeetingOutcome(201, Map.of(), null);

    public boolean logged() {
        return status == 201;
    }

    /** The message key for {@code field}, or null: the template's {@code errors.of('date')}. */
    public String of(String field) {
        return fieldErrors.get(field);
    }
}
