package dk.mentor.followup.domain;

import dk.mentor.contracts.rules.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A plan offered by the sending municipality to the one the citizen moves to. The receiver accepts
 * or rejects, each side with an annotation; on acceptance ownership and access move.
 */
@Entity
@Table(name = "hand_over")
public class HandOver {

    public enum Status { OFFERED, ACCEPTED, REJECTED }

    @Id
    private UUID id;
    @Column(name = "plan_id", nullable = false)
    private UUID planId;
    @Column(name = "from_municipality", nullable = false)
    private String fromMunicipality;
    @Column(name = "to_municipality", nullable = false)
    private String toMunicipality;
    @Column(name = "consent_id", nullable = false)
    private UUID consentId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    @Column(name = "offer_annotation", nullable = false)
    private String offerAnnotation;
    @Column(name = "offered_by", nullable = false)
    private String offeredBy;
    @Column(name = "offered_at", nullable = false)
    private Instant offeredAt;
    @Column(name = "response_annotation")
    private String responseAnnotation;
    @Column(name = "responded_by")
    private String respondedBy;
    @Column(name = "responded_at")
    private Instant respondedAt;
    @Column(name = "effective_on")
    private LocalDate effectiveOn;
    @Version
    private long version;

    protected HandOver() {
    }

    public static HandOver offer(Plan plan, Consent consent, String toMunicipality, String annotation, String offeredBy,
                                 Instant now) {
        plan.requireActive();
        if (toMunicipality.equals(plan.ownerMunicipality())) {
            throw RuleViolation.onField("The plan already belongs to " + toMunicipality, "toMunicipality",
                    "must be another municipality");
        }
        HandOver h = new HandOver();
        h.id = UUID.randomUUID();
        h.planId = plan.id();
        h.fromMunicipality = plan.ownerMunicipality();
        h.toMunicipality = toMunicipality;
        h.consentId = consent.id();
        h.status = Status.OFFERED;
        h.offerAnnotation = annotation;
        h.offeredBy = offeredBy;
        h.offeredAt = now;
        return h;
    }

    public void accept(String by, String annotation, LocalDate effectiveOn, Instant now) {
        respond(Status.ACCEPTED, by, annotation, now);
        this.effectiveOn = effectiveOn;
    }

    public void reject(String by, String annotation, Instant now) {
        respond(Status.REJECTED, by, annotation, now);
    }

    private void respond(Status outcome, String by, String annotation, Instant now) {
        if (status != Status.OFFERED) {
            throw new RuleViolation("The hand-over was already " + status.name().toLowerCase());
        }
        status = outcome;
        respondedBy = by;
        responseAnnotation = annotation;
        respondedAt = now;
    }

    public UUID id() { return id; }
    public UUID planId() { return planId; }
    public String fromMunicipality() { return fromMunicipality; }
    public String toMunicipality() { return toMunicipality; }
    public UUID consentId() { return consentId; }
    public Status status() { return status; }
    public String offerAnnotation() { return offerAnnotation; }
    public String offeredBy() { return offeredBy; }
    public Instant offeredAt() { return offeredAt; }
    public String responseAnnotation() { return responseAnnotation; }
    public String respondedBy() { return respondedBy; }
    public Instant respondedAt() { return respondedAt; }
    public LocalDate effectiveOn() { return effectiveOn; }
    public long version() { return version; }
}
