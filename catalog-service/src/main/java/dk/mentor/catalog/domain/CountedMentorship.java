package dk.mentor.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A mentorship counted in a mentor's load. Keyed by the mentorship id, so a start or end seen twice,
 * even under another event id (a replay by the producer), changes the load once.
 */
@Entity
@Table(name = "mentor_mentorship")
public class CountedMentorship {

    @Id
    @Column(name = "mentorship_id")
    private UUID mentorshipId;
    @Column(name = "mentor_id", nullable = false)
    private UUID mentorId;
    @Column(name = "hours_per_week", nullable = false)
    private BigDecimal hoursPerWeek;
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;
    @Column(name = "ended_at")
    private Instant endedAt;

    protected CountedMentorship() {
    }

    public static CountedMentorship started(UUID mentorshipId, UUID mentorId, BigDecimal hoursPerWeek, Instant at) {
        CountedMentorship m = new CountedMentorship();
        m.mentorshipId = mentorshipId;
        m.mentorId = mentorId;
        m.hoursPerWeek = hoursPerWeek;
        m.startedAt = at;
        return m;
    }

    /**
     * A renewal's hours; the previous hours, or empty when it has ended or already has these hours (a replay).
     */
    public java.util.Optional<BigDecimal> rehour(BigDecimal hours) {
        if (endedAt != null || hoursPerWeek.compareTo(hours) == 0) {
            return java.util.Optional.empty();
        }
        BigDecimal previous = hoursPerWeek;
        hoursPerWeek = hours;
        return java.util.Optional.of(previous);
    }

    /** Ends it once; false when it had already ended. */
    public boolean end(Instant at) {
        if (endedAt != null) {
            return false;
        }
        endedAt = at;
        return true;
    }

    public UUID mentorshipId() { return mentorshipId; }
    public UUID mentorId() { return mentorId; }
    public BigDecimal hoursPerWeek() { return hoursPerWeek; }
}
