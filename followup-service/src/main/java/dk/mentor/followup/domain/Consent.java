package dk.mentor.followup.domain;

import dk.mentor.contracts.ids.NewIds;
import dk.mentor.contracts.rules.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The citizen's consent to one purpose of sharing, or the legal basis recorded instead. It is dated,
 * may expire, and may be revoked; a revocation takes effect on the next access.
 */
@Entity
@Table(name = "consent")
public class Consent {

    /** What the plan may be shared for. */
    public enum Purpose {
        /** Shared between the employment and the social line (LAB and SEL), e.g. with a § 85 support contact person. */
        SHARE_ACROSS_LINES,
        /** Shared with, or handed over to, another municipality. */
        SHARE_WITH_MUNICIPALITY
    }

    /** Whether the citizen consented, or a legal basis allows the sharing without consent. */
    public enum Basis { CONSENT, LEGAL_BASIS }

    @Id
    private UUID id;
    @Column(name = "plan_id", nullable = false)
    private UUID planId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Purpose purpose;
    @Column(name = "recipient_municipality")
    private String recipientMunicipality;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Basis basis;
    @Column(name = "legal_reference")
    private String legalReference;
    @Column(name = "given_on", nullable = false)
    private LocalDate givenOn;
    @Column(name = "expires_on")
    private LocalDate expiresOn;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Column(name = "revoked_at")
    private Instant revokedAt;
    @Column(name = "revoked_by")
    private String revokedBy;

    protected Consent() {
    }

    public static Consent record(UUID planId, Purpose purpose, String recipientMunicipality, Basis basis,
                                 String legalReference, LocalDate givenOn, LocalDate expiresOn, String recordedBy,
                                 Instant now) {
        if (purpose == Purpose.SHARE_WITH_MUNICIPALITY && recipientMunicipality == null) {
            throw RuleViolation.onField("Sharing with a municipality names the municipality", "recipientMunicipality",
                    "is required for SHARE_WITH_MUNICIPALITY");
        }
        if (purpose == Purpose.SHARE_ACROSS_LINES && recipientMunicipality != null) {
            throw RuleViolation.onField("Sharing across lines stays within the municipality", "recipientMunicipality",
                    "must be empty for SHARE_ACROSS_LINES");
        }
        if (basis == Basis.LEGAL_BASIS && (legalReference == null || legalReference.isBlank())) {
            throw RuleViolation.onField("Sharing without consent must name its legal basis", "legalReference",
                    "is required when basis is LEGAL_BASIS");
        }
        if (expiresOn != null && expiresOn.isBefore(givenOn)) {
            throw RuleViolation.onField("A consent cannot expire before it is given", "expiresOn",
                    "must be on or after givenOn");
        }
        Consent c = new Consent();
        c.id = NewIds.next();
        c.planId = planId;
        c.purpose = purpose;
        c.recipientMunicipality = recipientMunicipality;
        c.basis = basis;
        c.legalReference = legalReference;
        c.givenOn = givenOn;
        c.expiresOn = expiresOn;
        c.recordedBy = recordedBy;
        c.recordedAt = now;
        return c;
    }


    public void revoke(String by, Instant now) {
        if (revokedAt != null) {
            throw new RuleViolation("The consent was already revoked");
        }
        revokedAt = now;
        revokedBy = by;
    }

    public boolean inForceOn(LocalDate day) {
        return revokedAt == null && !day.isBefore(givenOn) && (expiresOn == null || !day.isAfter(expiresOn));
    }

    public boolean allowsSharingWith(String municipality, LocalDate day) {
        return purpose == Purpose.SHARE_WITH_MUNICIPALITY && municipality.equals(recipientMunicipality) && inForceOn(day);
    }

    public boolean allowsCrossingLines(LocalDate day) {
        return purpose == Purpose.SHARE_ACROSS_LINES && inForceOn(day);
    }

    public UUID id() { return id; }
    public UUID planId() { return planId; }
    public Purpose purpose() { return purpose; }
    public String recipientMunicipality() { return recipientMunicipality; }
    public Basis basis() { return basis; }
    public String legalReference() { return legalReference; }
    public LocalDate givenOn() { return givenOn; }
    public LocalDate expiresOn() { return expiresOn; }
    public String recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
    public Instant revokedAt() { return revokedAt; }
    public String revokedBy() { return revokedBy; }
}
