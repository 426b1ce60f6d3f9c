package dk.mentor.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A caseworker's order for a mentor: for which plan, under which basis, how much and for how long. */
public record Referral(UUID planId, String municipality, String legalBasis, String purpose, double hoursPerWeek,
                       String frequency, LocalDate from, LocalDate to, List<String> targetGroups, List<String> languages,
                       Map<String, Object> wishes) {

    public static Referral lab(UUID planId, String municipality, String purpose, List<String> targetGroups) {
        LocalDate today = LocalDate.now();
        return new Referral(planId, municipality, "LAB_167", purpose, 3, "WEEKLY", today, today.plusMonths(6).minusDays(1),
                targetGroups, List.of("da"), Map.of());
    }

    public Referral under(String basis) {
        return new Referral(planId, municipality, basis, purpose, hoursPerWeek, frequency, from, to, targetGroups, languages,
                wishes);
    }

    /**
     * The grant's period: from its first day for as long as LAB § 167 allows (6 months). A first day before
     * the order records a grant that already runs, and the mentorship starts on it.
     */
    public Referral grantedFrom(LocalDate first) {
        return new Referral(planId, municipality, legalBasis, purpose, hoursPerWeek, frequency, first,
                first.plusMonths(6).minusDays(1), targetGroups, languages, wishes);
    }

    /** The mentor hours ordered per week. */
    public Referral hours(double perWeek) {
        return new Referral(planId, municipality, legalBasis, purpose, perWeek, frequency, from, to, targetGroups, languages,
                wishes);
    }

    /** The citizen will only have a mentor of this gender: a binding wish, a hard filter in the ranking. */
    public Referral mentorGender(String gender) {
        return new Referral(planId, municipality, legalBasis, purpose, hoursPerWeek, frequency, from, to, targetGroups, languages,
                gender == null ? Map.of() : Map.of("mentorGender", Map.of("genders", List.of(gender), "binding", true)));
    }

    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("planId", planId.toString());
        body.put("actingMunicipality", municipality);
        body.put("legalBasis", legalBasis);
        body.put("purpose", purpose);
        body.put("tasks", List.of("Structure in the week", "Come along to the first days at work"));
        body.put("hoursPerWeek", hoursPerWeek);
        body.put("meetingFrequency", frequency);
        body.put("periodStart", from.toString());
        body.put("periodEnd", to.toString());
        body.put("targetGroups", targetGroups);
        body.put("needs", List.of("structure", "job-search"));
        body.put("languages", languages);
        body.put("urgency", "NORMAL");
        body.put("wishes", wishes);
        return body;
    }
}
