package dk.mentor.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A meeting as the mentor logs it: the day, how long, whether it was held, and the minutes per legal basis. */
public record MeetingLog(UUID participantId, LocalDate date, int durationMinutes, String attendance, int transportMinutes,
                         Map<String, Integer> minutesByBasis, String note) {

    public static MeetingLog held(UUID participantId, LocalDate date, int minutes, String basis) {
        return new MeetingLog(participantId, date, minutes, "HELD", 20, Map.of(basis, minutes), null);
    }

    /** The double-role mentor's meeting, its minutes split between the two roles' bases. */
    public static MeetingLog split(UUID participantId, LocalDate date, String basisA, int minutesA, String basisB, int minutesB) {
        Map<String, Integer> minutes = new LinkedHashMap<>();
        minutes.put(basisA, minutesA);
        minutes.put(basisB, minutesB);
        return new MeetingLog(participantId, date, minutesA + minutesB, "HELD", 20, minutes, null);
    }

    public MeetingLog attendance(String attendance) {
        return new MeetingLog(participantId, date, durationMinutes, attendance, transportMinutes, minutesByBasis, note);
    }

    public MeetingLog note(String note) {
        return new MeetingLog(participantId, date, durationMinutes, attendance, transportMinutes, minutesByBasis, note);
    }

    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("participantId", participantId.toString());
        body.put("date", date.toString());
        body.put("durationMinutes", durationMinutes);
        body.put("mode", "IN_PERSON");
        body.put("place", "CITIZEN_HOME");
        body.put("attendance", attendance);
        body.put("transportMinutes", transportMinutes);
        List<Map<String, Object>> minutes = new ArrayList<>();
        minutesByBasis.forEach((basis, m) -> minutes.add(Map.of("legalBasis", basis, "minutes", m)));
        body.put("minutes", minutes);
        if (note != null) {
            body.put("note", note);
            body.put("noteVisibility", "PROFESSIONALS");
        }
        return body;
    }
}
