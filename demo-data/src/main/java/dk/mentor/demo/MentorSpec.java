package dk.mentor.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A mentor as a coordinator registers one: who, of which kind, under which bases, shared with whom, at what pay. */
public record MentorSpec(String displayName, String kind, String home, List<String> legalBases, String gender,
                         List<String> languages, List<String> targetGroups, List<String> sharedWith, BigDecimal hourlyRate,
                         int capacityCitizens, String accountUsername, String organisationId) {

    public static MentorSpec of(String displayName, String kind, String home, List<String> legalBases) {
        return new MentorSpec(displayName, kind, home, legalBases, null, List.of("da"), List.of(), List.of(), null, 3, null, null);
    }

    public MentorSpec paid(String rate) {
        return new MentorSpec(displayName, kind, home, legalBases, gender, languages, targetGroups, sharedWith,
                new BigDecimal(rate), capacityCitizens, accountUsername, organisationId);
    }

    public MentorSpec account(String username) {
        return new MentorSpec(displayName, kind, home, legalBases, gender, languages, targetGroups, sharedWith, hourlyRate,
                capacityCitizens, username, organisationId);
    }

    public MentorSpec sharedWith(String... municipalities) {
        return new MentorSpec(displayName, kind, home, legalBases, gender, languages, targetGroups, List.of(municipalities),
                hourlyRate, capacityCitizens, accountUsername, organisationId);
    }

    public MentorSpec profile(String gender, List<String> languages, List<String> targetGroups) {
        return new MentorSpec(displayName, kind, home, legalBases, gender, languages, targetGroups, sharedWith, hourlyRate,
                capacityCitizens, accountUsername, organisationId);
    }

    public MentorSpec organisation(String id) {
        return new MentorSpec(displayName, kind, home, legalBases, gender, languages, targetGroups, sharedWith, hourlyRate,
                capacityCitizens, accountUsername, id);
    }

    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("displayName", displayName);
        body.put("kind", kind);
        body.put("homeMunicipality", home);
        body.put("legalBases", legalBases);
        body.put("capacityCitizens", capacityCitizens);
        body.put("capacityHoursPerWeek", 10);
        body.put("languages", languages);
        body.put("targetGroups", targetGroups);
        body.put("areaMunicipality", home);
        body.put("meetingPlaces", List.of("CITIZEN_HOME", "JOB_CENTRE", "PUBLIC_PLACE", "WORKPLACE"));
        body.put("meetingWindows", weekdays());
        body.put("presentation", displayName + " has mentored for some years and likes practical goals.");
        if (gender != null) {
            body.put("gender", gender);
        }
        if (!sharedWith.isEmpty()) {
            body.put("sharingScope", "LISTED_MUNICIPALITIES");
            body.put("sharedWith", sharedWith);
        }
        if (hourlyRate != null) {
            body.put("paidTerms", Map.of("hourlyRate", hourlyRate, "transportPaid", true, "cancellationsPaid", true));
        }
        if (accountUsername != null) {
            body.put("accountUsername", accountUsername);
        }
        if (organisationId != null) {
            body.put("organisationId", organisationId);
        }
        return body;
    }

    private static List<Map<String, String>> weekdays() {
        List<Map<String, String>> windows = new ArrayList<>();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
            windows.add(Map.of("day", day, "from", "08:00", "to", "17:00"));
        }
        return windows;
    }
}
