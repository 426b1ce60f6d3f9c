package dk.mentor.followup.domain;

import dk.mentor.contracts.ids.NewIds;
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
 * A plan offered by the sending municipality to the one the citizen moves to. The new residence
 * municipality becomes the acting one by law (retssikkerhedsloven § 9), so the receiver cannot reject:
 * it accepts, and it may dispute the hand-over within {@value #DISPUTE_DAYS} days of the offer, with a
 * reason, for the municipalities (and if need be Ankestyrelsen) to settle. Costs follow the move date,
 * which becomes the day the receiver takes over. REJECTED remains only on offers answered before this.
 */
@Entity
@Table(name = "hand_over")
public class HandOver {

    public enum Status { OFFERED, ACCEPTED, REJECTED }

    /** How long the receiver has to dispute a hand-over, counted from the day it was offered. */
    public static final int DISPUTE_DAYS = 14;

    /** Who accepted a hand-over that the receiver let pass its deadline without accepting or disputing it. */
    public static final String ACCEPTED_BY_DEADLINE = "system: deadline passed";

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
    @Column(name = "move_date", nullable = false)
    private LocalDate moveDate;
    @Column(name = "disputable_until", nullable = false)
    private LocalDate disputableUntil;
    @Column(name = "dispute_reason")
    private String disputeReason;
    @Column(name = "disputed_by")
    private String disputedBy;
    @Column(name = "disputed_at")
    private Instant disputedAt;
    @Version
    private long version;

    protected HandOver() {
    }

    public static HandOver offer(Plan plan, Consent consent, String toMunicipality, String annotation, LocalDate moveDate,
                                 String offeredBy, LocalDate today, Instant now) {
        plan.requireActive();
        if (toMunicipality.equals(plan.ownerMunicipality())) {
            throw RuleViolation.onField("The plan already belongs to " + toMunicipality, "toMunicipality",
                    "must be another municipality");
        }
        HandOver h = new HandOver();
        h.id = NewIds.next();
        h.planId = plan.id();
        h.fromMunicipality = plan.ownerMunicipality();
        h.toMunicipality = toMunicipality;
        h.consentId = consent.id();
        h.status = Status.OFFERED;
        h.offerAnnotation = annotation;
        h.offeredBy = offeredBy;
        h.offeredAt = now;
        h.moveDate = moveDate;
        h.disputableUntil = today.plusDays(DISPUTE_DAYS);
        return h;
    }

    /** The receiver takes over from the move date: the plan's costs follow the citizen's move. */
    public void accept(String by, String annotation, Instant now) {
        respond(Status.ACCEPTED, by, annotation, now);
        this.effectiveOn = moveDate;
    }

    /**
     * The receiver neither accepted nor disputed by the deadline: by law it is the acting municipality all
     * the same, so the hand-over counts as accepted from the move date, as if the receiver had accepted it.
     */
    public void acceptByDeadline(LocalDate today, Instant now) {
        if (status != Status.OFFERED || disputed() || !today.isAfter(disputableUntil)) {
            throw new RuleViolation("Only an undisputed offer past its deadline " + disputableUntil + " is accepted by it");
        }
        accept(ACCEPTED_BY_DEADLINE, "Neither accepted nor disputed by " + disputableUntil, now);
    }

    /**
     * The receiver disputes the hand-over (the citizen did not move, or not on that date). The dispute is
     * recorded for the municipalities to settle; it neither refuses nor undoes the hand-over.
     */
    public void dispute(String by, String reason, LocalDate today, Instant now) {
        if (status == Status.REJECTED) {
            throw new RuleViolation("The hand-over was rejected; there is nothing to dispute");
        }
        if (today.isAfter(disputableUntil)) {
            throw RuleViolation.onField("The hand-over could be disputed until " + disputableUntil, "reason",
                    "the " + DISPUTE_DAYS + "-day deadline has passed");
        }
        disputedBy = by;
        disputeReason = reason;
        disputedAt = now;
    }

    public boolean disputed() {
        return disputedAt != null;
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
    public LocalDate moveDate() { return moveDate; }
    public LocalDate disputableUntil() { return disputableUntil; }
    public String disputeReason() { return disputeReason; }
    public String disputedBy() { return disputedBy; }
    public Instant disputedAt() { return disputedAt; }
    public long version() { return version; }
}
