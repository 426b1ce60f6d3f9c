package dk.mentor.catalog.domain;

import dk.mentor.contracts.codes.MeetingPlace;
import dk.mentor.contracts.codes.MentorKind;
import dk.mentor.contracts.codes.MentorStatus;
import dk.mentor.contracts.rules.RuleViolation;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;

/**
 * What a coordinator or caseworker looks for in the catalogue; a null field does not filter. A meeting
 * window matches a mentor with one window that covers it whole. {@code freeCapacity} keeps only active
 * mentors who can take one more citizen (and, with {@code minFreeHours}, that many more hours a week).
 * {@code changedSince} keeps the mentors changed at or after it, for a client that syncs the catalogue.
 */
public record MentorCriteria(String servedMunicipality, String homeMunicipality, MentorKind kind, MentorStatus status,
                             String legalBasis, String language, MentorDetails.Gender gender, String targetGroup,
                             String competence, MeetingPlace place, DayOfWeek day, LocalTime from, LocalTime to,
                             boolean freeCapacity, BigDecimal minFreeHours, String postcode, Instant changedSince) {

    public MentorCriteria {
        language = tag(language);
        competence = tag(competence);
        if ((from == null) != (to == null)) {
            throw new RuleViolation("A meeting-window search needs both 'from' and 'to'");
        }
        if (from != null && day == null) {
            throw new RuleViolation("A meeting-window search needs the day as well as 'from' and 'to'");
        }
        if (from != null && !to.isAfter(from)) {
            throw new RuleViolation("A meeting window must end after it starts: " + from + "-" + to);
        }
    }

    private static String tag(String value) {
        return value == null || value.isBlank() ? null : value.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
