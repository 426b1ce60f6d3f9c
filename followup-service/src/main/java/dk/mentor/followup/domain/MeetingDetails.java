package dk.mentor.followup.domain;

import dk.mentor.contracts.codes.Attendance;
import dk.mentor.contracts.codes.LegalBasisTerms;
import dk.mentor.contracts.codes.MeetingPlace;
import dk.mentor.contracts.rules.RuleViolation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What is recorded about one meeting. The minutes per legal basis add up to the duration (for a
 * group session, this citizen's share of it); each basis must be one the mentor holds on the plan.
 */
public record MeetingDetails(LocalDate date, int durationMinutes, MeetingMode mode, MeetingPlace place,
                             Attendance attendance, int transportMinutes, boolean activationRelevant,
                             Map<LegalBasisTerms, Integer> minutes, String note, NoteVisibility noteVisibility,
                             UUID groupSessionId) {

    public MeetingDetails {
        minutes = Map.copyOf(minutes);
    }

    /** Checks the details against the bases the mentor holds; the minutes default to the one basis held. */
    public MeetingDetails checkedAgainst(Set<LegalBasisTerms> heldBases) {
        List<RuleViolation.FieldIssue> issues = new ArrayList<>();
        if (mode == MeetingMode.IN_PERSON && place == null) {
            issues.add(new RuleViolation.FieldIssue("place", "is required for a meeting in person"));
        }
        if (mode != MeetingMode.IN_PERSON && place != null) {
            issues.add(new RuleViolation.FieldIssue("place", "must be empty for a meeting at a distance"));
        }
        Map<LegalBasisTerms, Integer> split = minutes;
        if (split.isEmpty()) {
            if (heldBases.size() != 1) {
                issues.add(new RuleViolation.FieldIssue("minutes",
                        "split the minutes between the legal bases you hold on this plan: " + codes(heldBases)));
            } else {
                split = Map.of(heldBases.iterator().next(), durationMinutes);
            }
        } else {
            Set<LegalBasisTerms> foreign = new HashSet<>(split.keySet());
            foreign.removeAll(heldBases);
            if (!foreign.isEmpty()) {
                issues.add(new RuleViolation.FieldIssue("minutes", "you do not act under " + codes(foreign)
                        + " on this plan; you hold " + codes(heldBases)));
            }
            if (split.values().stream().anyMatch(m -> m == null || m < 1)) {
                issues.add(new RuleViolation.FieldIssue("minutes", "each basis needs at least 1 minute"));
            } else if (split.values().stream().mapToInt(Integer::intValue).sum() != durationMinutes) {
                issues.add(new RuleViolation.FieldIssue("minutes", "must add up to durationMinutes (" + durationMinutes + ")"));
            }
        }
        if (!issues.isEmpty()) {
            throw new RuleViolation("The meeting cannot be logged as given", issues);
        }
        return new MeetingDetails(date, durationMinutes, mode, place, attendance, transportMinutes, activationRelevant,
                split, note, noteVisibility, groupSessionId);
    }

    private static List<String> codes(Set<LegalBasisTerms> bases) {
        return bases.stream().map(LegalBasisTerms::code).sorted().toList();
    }
}
