package dk.mentor.matching.domain;

import java.util.Map;

/**
 * The referral's ordered meeting frequency as the most days allowed between two meetings, the number
 * followup's missing-meeting alert counts with. Without it the alert fell back to the role's default
 * (7 days, 14 for volunteers) whatever the caseworker ordered.
 */
public final class MeetingCadence {

    private static final Map<String, Integer> DAYS = Map.of(
            "TWICE_WEEKLY", 3,
            "WEEKLY", 7,
            "FORTNIGHTLY", 14,
            "MONTHLY", 30);

    private MeetingCadence() {
    }

    /** @return the days between meetings, or null for a frequency this service does not know (the role's default applies) */
    public static Integer everyDays(String meetingFrequency) {
        return meetingFrequency == null ? null : DAYS.get(meetingFrequency);
    }
}
