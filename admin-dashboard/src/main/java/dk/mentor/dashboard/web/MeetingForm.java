package dk.mentor.dashboard.web;

import dk.mentor.contracts.codes.Attendance;
import dk.mentor.contracts.codes.MeetingPlace;
import dk.mentor.dashboard.application.MeetingInput;
import dk.mentor.dashboard.application.MeetingOutcome;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The meeting form as a page shows it: what is in its fields, the Idempotency-Key it was rendered
 * with (a new one for each fresh form, the same one when a refused form comes back), the errors
 * next to its fields, and whether a meeting was just logged.
 */
public record MeetingForm(MeetingInput input, String idempotencyKey, Map<String, String> fieldErrors, String formError,
                          boolean logged) {

    /** The codes the form's choices offer: the shared Attendance and MeetingPlace, and followup-service's MeetingMode. */
    public static final List<String> ATTENDANCES = Arrays.stream(Attendance.values()).map(Enum::name).toList();
    public static final List<String> MODES = List.of("IN_PERSON", "PHONE", "VIDEO");
    public static final List<String> PLACES = Arrays.stream(MeetingPlace.values()).map(Enum::name).toList();

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9-]{8,64}");

    static MeetingForm fresh(LocalDate today) {
        return new MeetingForm(MeetingInput.empty(today.toString()), UUID.randomUUID().toString(), Map.of(), null, false);
    }

    static MeetingForm logged(LocalDate today) {
        return new MeetingForm(MeetingInput.empty(today.toString()), UUID.randomUUID().toString(), Map.of(), null, true);
    }

    static MeetingForm refused(MeetingInput input, String key, MeetingOutcome outcome) {
        return new MeetingForm(input, key, outcome.fieldErrors(), outcome.formError(), false);
    }

    /** The key the form carried; a form without a usable one (a hand-made post) gets its own. */
    static String key(String sent) {
        return sent != null && KEY.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
    }

    /** The message key of the error next to {@code field}, or null. */
    public String error(String field) {
        return fieldErrors.get(field);
    }

    public boolean hasError(String field) {
        return fieldErrors.containsKey(field);
    }

    public List<String> attendances() {
        return ATTENDANCES;
    }

    public List<String> modes() {
        return MODES;
    }

    public List<String> places() {
        return PLACES;
    }
}
