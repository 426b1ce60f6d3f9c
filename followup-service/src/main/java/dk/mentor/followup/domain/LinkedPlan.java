package dk.mentor.followup.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A plan the case system keeps itself (job plan, rehabilitation plan, ...), linked by its reference there. */
@Embeddable
public class LinkedPlan {

    /** The kinds of plan the one plan brings together. */
    public enum Kind { JOB_PLAN, REHABILITATION_PLAN, SOCIAL_PSYCHIATRY_PLAN, SICKNESS_PLAN }

    @Column(nullable = false)
    @Enumerated(EnumType.STRING)
    private Kind kind;

    @Column(nullable = false)
    private String system;

    @Column(nullable = false)
    private String reference;

    protected LinkedPlan() {
    }

    public LinkedPlan(Kind kind, String system, String reference) {
        this.kind = kind;
        this.system = system;
        this.reference = reference;
    }

    public Kind kind() { return kind; }
    public String system() { return system; }
    public String reference() { return reference; }
}
