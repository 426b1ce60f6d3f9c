package dk.mentor.followup.domain;

import dk.mentor.contracts.ids.NewIds;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The plan shared with another municipality under a consent; it lasts only as long as the consent does. */
@Entity
@Table(name = "plan_share")
public class PlanShare {

    @Id
    private UUID id;
    @Column(name = "plan_id", nullable = false)
    private UUID planId;
    @Column(nullable = false)
    private String municipality;
    @Column(name = "consent_id", nullable = false)
    private UUID consentId;
    @Column(name = "shared_by", nullable = false)
    private String sharedBy;
    @Column(name = "shared_at", nullable = false)
    private Instant sharedAt;

    protected PlanShare() {
    }

    public static PlanShare under(Consent consent, String municipality, String sharedBy, Instant now) {
        PlanShare share = new PlanShare();
        share.id = NewIds.next();
        share.planId = consent.planId();
        share.municipality = municipality;
        share.consentId = consent.id();
        share.sharedBy = sharedBy;
        share.sharedAt = now;
        return share;
    }

    public UUID id() { return id; }
    public UUID planId() { return planId; }
    public String municipality() { return municipality; }
    public UUID consentId() { return consentId; }
    public String sharedBy() { return sharedBy; }
    public Instant sharedAt() { return sharedAt; }
}
