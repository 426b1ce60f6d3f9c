package dk.mentor.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** The mentor's current load: the mentorships matching has started and not yet ended. */
@Embeddable
public record Load(
        @Column(name = "active_mentorships", nullable = false) int activeMentorships,
        @Column(name = "committed_hours", nullable = false) BigDecimal committedHours) {

    public Load() {
        this(0, BigDecimal.ZERO.setScale(2));
    }

    Load plus(BigDecimal hours) {
        return new Load(activeMentorships + 1, committedHours.add(hours));
    }

    /** A renewal with other hours: the same mentorship, so the count stays. */
    Load rehoured(BigDecimal from, BigDecimal to) {
        BigDecimal hours = committedHours.subtract(from).add(to);
        return new Load(activeMentorships, hours.signum() < 0 ? BigDecimal.ZERO.setScale(2) : hours);
    }

    /** Never below zero: an end whose start the catalogue missed must not leave a negative load. */
    Load minus(BigDecimal hours) {
        BigDecimal left = committedHours.subtract(hours);
        return new Load(Math.max(0, activeMentorships - 1), left.signum() < 0 ? BigDecimal.ZERO.setScale(2) : left);
    }
}
