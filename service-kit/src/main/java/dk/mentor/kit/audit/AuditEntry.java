package dk.mentor.kit.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of the append-only audit trail; the database refuses updates and deletes. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    /** Named for the OpenAPI document, where the services have outcomes of their own. */
    @Schema(name = "AuditOutcome", description = "Whether the attempt was allowed or denied.")
    public enum Outcome { ALLOWED, DENIED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public OffsetDateTime occurredAt;

    @Column(name = "actor_subject", nullable = false, updatable = false)
    public String actorSubject;

    @Column(name = "actor_name", updatable = false)
    public String actorName;

    /** The client the actor's token was issued to (azp); null for entries older than encoding 2. */
    @Column(name = "actor_client", updatable = false)
    public String actorClient;

    /** Every municipality the caller's token named, comma separated. */
    @Column(name = "actor_municipalities", nullable = false, updatable = false)
    public String actorMunicipalities;

    /** The municipality the caller acted for; empty when access was denied. */
    @Column(name = "acting_municipality", updatable = false)
    public String actingMunicipality;

    /** The municipality whose data it was, so its auditors see every touch, denied ones included. */
    @Column(name = "owner_municipality", updatable = false)
    public String ownerMunicipality;

    @Column(nullable = false, updatable = false)
    public String action;

    @Column(name = "subject_type", nullable = false, updatable = false)
    public String subjectType;

    @Column(name = "subject_id", updatable = false)
    public String subjectId;

    @Column(nullable = false, updatable = false)
    public String purpose;

    @Column(nullable = false, updatable = false)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Outcome outcome;
}
