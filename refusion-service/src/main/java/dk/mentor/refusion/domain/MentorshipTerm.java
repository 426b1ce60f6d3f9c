package dk.mentor.refusion.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One grant of a mentorship with the terms agreed for it: the citizen's target groups when the
 * agreement was made (the law's category, L 66 2015-16) and the agreed hourly rate (null when unpaid).
 * The start is the first grant; a renewal adds the next, from the day after the previous one ended,
 * with the same agreed terms. Meetings are priced by the grant in force on their date (rule review E3/E14).
 */
@Entity
@Table(name = "mentorship_term")
@IdClass(MentorshipTerm.Key.class)
public class MentorshipTerm {

    @Id
    @Column(name = "mentorship_id")
    private UUID mentorshipId;

    @Id
    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to", nullable = false)
    private LocalDate validTo;

    @Column(name = "hourly_rate")
    private BigDecimal hourlyRate;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "target_groups", nullable = false)
    private List<String> targetGroups;

    @Column(name = "source_event_id", nullable = false)
    private String sourceEventId;

    protected MentorshipTerm() {
    }

    public static MentorshipTerm agreed(UUID mentorshipId, LocalDate from, LocalDate to, BigDecimal hourlyRate,
                                        List<String> targetGroups, String eventId) {
        MentorshipTerm term = new MentorshipTerm();
        term.mentorshipId = mentorshipId;
        term.validFrom = from;
        term.validTo = to;
        term.hourlyRate = hourlyRate;
        term.targetGroups = List.copyOf(targetGroups);
        term.sourceEventId = eventId;
        return term;
    }

    /** The next grant, from the day after this one ends, on the same agreed terms. */
    public MentorshipTerm renewedUntil(LocalDate newEnd, String eventId) {
        return agreed(mentorshipId, validTo.plusDays(1), newEnd, hourlyRate, targetGroups, eventId);
    }

    /**
     * The grant in force on a day among a mentorship's grants (oldest first): the latest that began on
     * or before it; a day before the first grant takes the first (followup holds such a meeting anyway).
     */
    public static MentorshipTerm inForce(List<MentorshipTerm> grants, LocalDate day) {
        MentorshipTerm inForce = grants.get(0);
        for (MentorshipTerm grant : grants) {
            if (!grant.validFrom.isAfter(day)) {
                inForce = grant;
            }
        }
        return inForce;
    }

    public UUID mentorshipId() { return mentorshipId; }
    public LocalDate validFrom() { return validFrom; }
    public LocalDate validTo() { return validTo; }
    public BigDecimal hourlyRate() { return hourlyRate; }
    public List<String> targetGroups() { return targetGroups; }

    /** The composite key: a mentorship and the first day of one of its grants. */
    public static class Key implements Serializable {
        private UUID mentorshipId;
        private LocalDate validFrom;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(mentorshipId, k.mentorshipId) && Objects.equals(validFrom, k.validFrom);
        }

        @Override
        public int hashCode() {
            return Objects.hash(mentorshipId, validFrom);
        }
    }
}
