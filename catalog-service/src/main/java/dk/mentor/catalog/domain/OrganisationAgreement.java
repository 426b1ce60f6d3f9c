package dk.mentor.catalog.domain;

import dk.mentor.contracts.ids.NewIds;
import dk.mentor.contracts.rules.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An organisation's agreement to serve a municipality for a period (open-ended when validTo is null). */
@Entity
@Table(name = "organisation_agreement")
public class OrganisationAgreement {

    @Id
    private UUID id;
    @Column(name = "organisation_id", nullable = false)
    private UUID organisationId;
    @Column(nullable = false)
    private String municipality;
    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;
    @Column(name = "valid_to")
    private LocalDate validTo;
    @Column(nullable = false)
    private String description;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected OrganisationAgreement() {
    }

    public static OrganisationAgreement make(UUID organisationId, String municipality, LocalDate validFrom,
                                             LocalDate validTo, String description, Instant now) {
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new RuleViolation("An agreement cannot end (" + validTo + ") before it starts (" + validFrom + ")");
        }
        OrganisationAgreement a = new OrganisationAgreement();
        a.id = NewIds.next();
        a.organisationId = organisationId;
        a.municipality = municipality;
        a.validFrom = validFrom;
        a.validTo = validTo;
        a.description = description;
        a.recordedAt = now;
        return a;
    }

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    public UUID id() { return id; }
    public UUID organisationId() { return organisationId; }
    public String municipality() { return municipality; }
    public LocalDate validFrom() { return validFrom; }
    public LocalDate validTo() { return validTo; }
    public String description() { return description; }
    public Instant recordedAt() { return recordedAt; }
}
