package dk.mentor.followup.domain.programme;

import dk.mentor.contracts.rules.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A plan enrolled in a programme, counted under the municipality that owned it when it was enrolled. */
@Entity
@Table(name = "programme_plan")
public class Enrolment {

    /** The programme and the plan. */
    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "programme_id")
        private UUID programmeId;
        @Column(name = "plan_id")
        private UUID planId;

        protected Key() {
        }

        public Key(UUID programmeId, UUID planId) {
            this.programmeId = programmeId;
            this.planId = planId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && programmeId.equals(k.programmeId) && planId.equals(k.planId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(programmeId, planId);
        }
    }

    @EmbeddedId
    private Key key;
    @Column(nullable = false)
    private String municipality;
    @Column(name = "enrolled_on", nullable = false)
    private LocalDate enrolledOn;
    @Column(name = "enrolled_by", nullable = false)
    private String enrolledBy;
    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    protected Enrolment() {
    }

    /** Only a plan of a municipality that is a member on the day of enrolment may be enrolled. */
    public static Enrolment of(Programme programme, UUID planId, String municipality, LocalDate on, String by, Instant now) {
        boolean member = programme.membership(municipality).map(m -> m.during(on, on)).orElse(false);
        if (!member) {
            throw RuleViolation.onField("Only a plan of a member municipality can be enrolled", "planId",
                    "belongs to " + municipality + ", which is not a member of the programme on " + on);
        }
        Enrolment e = new Enrolment();
        e.key = new Key(programme.id(), planId);
        e.municipality = municipality;
        e.enrolledOn = on;
        e.enrolledBy = by;
        e.enrolledAt = now;
        return e;
    }

    public UUID programmeId() { return key.programmeId; }
    public UUID planId() { return key.planId; }
    public String municipality() { return municipality; }
    public LocalDate enrolledOn() { return enrolledOn; }
    public String enrolledBy() { return enrolledBy; }
}
