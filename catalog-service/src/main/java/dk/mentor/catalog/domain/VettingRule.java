package dk.mentor.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;

/** One effective-dated row: a kind of mentor requires this vetting before becoming active. */
@Entity
@Table(name = "vetting_requirement")
public class VettingRule {

    @EmbeddedId
    private Key key;
    @Column(name = "valid_to")
    private LocalDate validTo;

    protected VettingRule() {
    }

    public VettingRequirement requirement() {
        return VettingRequirement.valueOf(key.requirement);
    }

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(key.validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    @jakarta.persistence.Embeddable
    public static class Key implements Serializable {
        @Column(name = "mentor_kind")
        String mentorKind;
        @Column(name = "requirement")
        String requirement;
        @Column(name = "valid_from")
        LocalDate validFrom;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && mentorKind.equals(k.mentorKind) && requirement.equals(k.requirement)
                    && validFrom.equals(k.validFrom);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(mentorKind, requirement, validFrom);
        }
    }
}
