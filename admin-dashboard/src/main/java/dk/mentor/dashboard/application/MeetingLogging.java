package dk.mentor.dashboard.application;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.mentor.dashboard.infra.Backend;
import dk.mentor.dashboard.infra.Reply;
import dk.mentor.dashboard.infra.ServiceClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Logs a meeting from the plan page with followup-service's {@code POST /plans/{id}/meetings}. The
 * service checks everything (dates, the minutes per legal basis, the place); the dashboard only
 * passes on what was typed and turns the service's RFC 9457 problem into Danish next to the fields.
 */
@ApplicationScoped
public class MeetingLogging {

    /** The fields of the service's MeetingRequest the form has a place for; any other field's error goes on top of the form. */
    static final Set<String> FORM_FIELDS = Set.of("participantId", "date", "durationMinutes", "attendance", "mode", "place",
            "minutes", "note");

    private final ServiceClient services;

    public MeetingLogging(ServiceClient services) {
        this.services = services;
    }

    /**
     * Logs the meeting once per {@code idempotencyKey}: the form carries the key it was rendered
     * with, so a double click or a resent form gets the first answer again instead of a second meeting.
     */
    public MeetingOutcome log(UUID plan, MeetingInput input, String idempotencyKey, String accessToken) {
        Map<String, String> unreadable = new LinkedHashMap<>();
        Request request = request(input, unreadable);
        if (!unreadable.isEmpty()) {
            return new MeetingOutcome(400, unreadable, "meeting_error_fields");
        }
        Reply<?> reply = services.post(Backend.FOLLOWUP, "/api/v1/plans/" + plan + "/meetings", accessToken, idempotencyKey,
                request).join();
        if (reply instanceof Reply.Ok<?>) {
            return MeetingOutcome.LOGGED;
        }
        if (reply instanceof Reply.Problem<?> problem) {
            return refused(problem);
        }
        return new MeetingOutcome(502, Map.of(), "unavailable_followup");
    }

    static MeetingOutcome refused(Reply.Problem<?> problem) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (String field : problem.fields()) {
            String name = topField(field);
            if (FORM_FIELDS.contains(name)) {
                errors.putIfAbsent(name, "meeting_error_" + name);
            }
        }
        String formError = switch (problem.status()) {
            case 400, 422 -> errors.isEmpty() ? "meeting_error_rule" : "meeting_error_fields";
            case 409 -> "meeting_error_conflict";
            case 403, 404 -> "meeting_error_forbidden";
            default -> "problem_other";
        };
        return new MeetingOutcome(problem.status(), Map.copyOf(errors), formError);
    }

    /** "minutes[1].minutes" and "minutes" are both about the form's minutes. */
    static String topField(String field) {
        String name = field == null ? "" : field;
        int cut = name.length();
        for (char c : new char[] {'[', '.'}) {
            int at = name.indexOf(c);
            if (at >= 0) {
                cut = Math.min(cut, at);
            }
        }
        return name.substring(0, cut);
    }

    /** The request as typed; blanks are left out (the service says which are required), numbers it cannot read are noted. */
    static Request request(MeetingInput in, Map<String, String> unreadable) {
        Integer duration = number(in.durationMinutes(), "durationMinutes", unreadable);
        List<Minutes> minutes = in.minutes() == null ? List.of() : in.minutes().entrySet().stream()
                .filter(e -> !blank(e.getValue()))
                .map(e -> new Minutes(e.getKey(), number(e.getValue(), "minutes", unreadable)))
                .sorted(java.util.Comparator.comparing(Minutes::legalBasis))
                .toList();
        UUID participant = null;
        if (!blank(in.participantId())) {
            try {
                participant = UUID.fromString(in.participantId().strip());
            } catch (IllegalArgumentException e) {
                unreadable.put("participantId", "meeting_error_participantId");
            }
        }
        return new Request(participant, orNull(in.date()), duration, orNull(in.attendance()), orNull(in.mode()),
                orNull(in.place()), minutes.isEmpty() ? null : minutes, orNull(in.note()));
    }

    private static Integer number(String typed, String field, Map<String, String> unreadable) {
        if (blank(typed)) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            unreadable.put(field, "meeting_error_" + field);
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String orNull(String s) {
        return blank(s) ? null : s.strip();
    }

    /** followup-service's MeetingRequest; the date as the ISO text the date field sends. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Request(UUID participantId, String date, Integer durationMinutes, String attendance, String mode, String place,
                   List<Minutes> minutes, String note) {
    }

    record Minutes(String legalBasis, Integer minutes) {
    }
}
