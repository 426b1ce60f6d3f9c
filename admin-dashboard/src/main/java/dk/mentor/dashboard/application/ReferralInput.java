package dk.mentor.dashboard.application;

import java.util.List;

/**
 * The caseworker's referral form as filled in, every field as typed, so a refused form comes back with
 * what was written: what a caseworker knows of the order (legal basis, purpose, tasks one a line, hours,
 * how often, the period, target groups, needs and languages comma-separated, urgency) and two of the
 * citizen's wishes (the mentor's gender, the meeting place), each binding or preferred.
 */
public record ReferralInput(String legalBasis, String purpose, String tasks, String hoursPerWeek, String meetingFrequency,
                            String periodStart, String periodEnd, List<String> targetGroups, String needs, String languages,
                            String urgency, String genderWish, boolean genderBinding, String placeWish, boolean placeBinding) {

    public ReferralInput {
        targetGroups = targetGroups == null ? List.of() : List.copyOf(targetGroups);
    }

    public boolean hasTargetGroup(String code) {
        return targetGroups.contains(code);
    }
}
