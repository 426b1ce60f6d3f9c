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
    /** True when the requirement is the municipality's choice rather than the law's. */
    @Column(name = "policy_choice", nullable = false)
    private boolean policyChoice;
    /** Where the requirement comes from, in words shown to the coordinator. */
    @Column(nullable = false)
    private String source;

    protected VettingRule() {
    }

    public VettingRequirement requirement() {
        return VettingRequirement.valueOf(key.requirement);
    }

    public boolean policyChoice() {
        return policyChoice;
    }

    public String source() {
        return source;
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
