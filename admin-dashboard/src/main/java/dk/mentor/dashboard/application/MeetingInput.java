package dk.mentor.dashboard.application;

import java.util.Map;

/**
 * The meeting form as the user filled it in, every field as typed (blank when left empty), so a
 * refused form comes back with what the user wrote. {@code minutes} maps a legal basis code to the
 * minutes typed for it.
 */
public record MeetingInput(String participantId, String date, String durationMinutes, String attendance, String mode,
                           String place, Map<String, String> minutes, String note) {

    public static MeetingInput empty(String today) {
        return new MeetingInput("", today, "", "HELD", "IN_PERSON", "", Map.of(), "");
    }

    /** What was typed for {@code basis}, for the template. */
    public String minutesFor(String basis) {
        return minutes == null ? "" : minutes.getOrDefault(basis, "");
    }
}
