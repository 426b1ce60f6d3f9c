package dk.mentor.followup.domain;

import dk.mentor.contracts.codes.LegalBasisTerms;
import dk.mentor.contracts.ids.NewIds;
import dk.mentor.contracts.rules.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A citizen, known by an encrypted CPR number and its keyed hash, or anonymous (SEL § 99 outreach
 * support) under an alias. The id is the pseudonymous citizenRef other services may see.
 */
@Entity
@Table(name = "citizen")
public class Citizen {

    @Id
    private UUID id;

    @Column(name = "cpr_ciphertext")
    private byte[] cprCiphertext;

    @Column(name = "cpr_hash")
    private String cprHash;

    /** Which generation of CPR keys sealed and hashed the number; null for rows from before key ids. */
    @Column(name = "cpr_key_id")
    private String cprKeyId;

    @Column(nullable = false)
    private boolean anonymous;

    private String alias;

    @Column(name = "acting_municipality", nullable = false)
    private String actingMunicipality;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Version
    private long version;

    /** The case system that created it, e.g. sbsys; set with {@link #externalId} or not at all. */
    @Column(name = "external_system")
    private String externalSystem;

    /** The creating case system's own key; unique with the system in the owning municipality. */
    @Column(name = "external_id")
    private String externalId;

    protected Citizen() {
    }

    public static Citizen identified(byte[] cprCiphertext, String cprHash, String cprKeyId, String actingMunicipality,
                                     Instant now) {
        Citizen citizen = create(actingMunicipality, now);
        citizen.rekey(cprCiphertext, cprHash, cprKeyId);
        return citizen;
    }

    /** The same number sealed and hashed again under another generation of keys. */
    public void rekey(byte[] cprCiphertext, String cprHash, String cprKeyId) {
        this.cprCiphertext = cprCiphertext.clone();
        this.cprHash = cprHash;
        this.cprKeyId = cprKeyId;
    }

    public static Citizen anonymous(String alias, String actingMunicipality, Instant now) {
        if (alias == null || alias.isBlank()) {
            throw RuleViolation.onField("An anonymous citizen needs an alias the contact person knows them by",
                    "alias", "required for an anonymous citizen");
        }
        Citizen citizen = create(actingMunicipality, now);
        citizen.anonymous = true;
        citizen.alias = alias.strip();
        return citizen;
    }

    private static Citizen create(String actingMunicipality, Instant now) {
        Citizen citizen = new Citizen();
        citizen.id = NewIds.next();
        citizen.actingMunicipality = actingMunicipality;
        citizen.registeredAt = now;
        return citizen;
    }

    /** Records the key the creating case system knows this by; set once, on creation. */
    public void referTo(String system, String id) {
        externalSystem = system;
        externalId = id;
    }

    /**
     * The citizen moved and the receiving municipality took over; the external reference was the
     * previous municipality's case system's key, so it ends here.
     */
    public void moveTo(String municipality) {
        actingMunicipality = municipality;
        referTo(null, null);
    }

    /**
     * Only § 99 outreach work serves a citizen who has not been identified. Every other basis (LAB, the
     * integration act, § 85) rests on a decision about a known person, and LAB hours may be refunded, so
     * an anonymous citizen never gets a participant, a plan line or hours under one of them.
     *
     * @param field the request field that named the basis, for the refusal
     */
    public void requireServableUnder(LegalBasisTerms basis, String field) {
        if (anonymous && !basis.anonymousAllowed()) {
            throw RuleViolation.onField("An anonymous citizen is served only under a basis that allows it (Serviceloven § 99,"
                    + " SEL_99); " + basis.code() + " needs an identified citizen", field, "not for an anonymous citizen");
        }
    }

    public UUID id() { return id; }
    public byte[] cprCiphertext() { return cprCiphertext == null ? null : cprCiphertext.clone(); }
    public String cprHash() { return cprHash; }
    public String cprKeyId() { return cprKeyId; }
    public boolean anonymous() { return anonymous; }
    public String alias() { return alias; }
    public String actingMunicipality() { return actingMunicipality; }
    public Instant registeredAt() { return registeredAt; }
    public long version() { return version; }
    public String externalSystem() { return externalSystem; }
    public String externalId() { return externalId; }
}
