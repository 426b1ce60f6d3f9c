package dk.mentor.catalog.domain;

import dk.mentor.contracts.ids.NewIds;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** Where mentors come from: a mentor corps, a company, an NGO, a supplier or a job centre. */
@Entity
@Table(name = "organisation")
public class Organisation {

    public enum Kind { MENTOR_CORPS, COMPANY, NGO, SUPPLIER, JOB_CENTRE }

    @Id
    private UUID id;
    @Column(nullable = false)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;
    private String cvr;
    @Column(name = "home_municipality", nullable = false)
    private String homeMunicipality;
    @Column(name = "contact_email")
    private String contactEmail;
    @Column(name = "contact_phone")
    private String contactPhone;
    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;
    @Version
    private long version;

    protected Organisation() {
    }

    public static Organisation register(String name, Kind kind, String cvr, String homeMunicipality, String contactEmail,
                                        String contactPhone, Instant now) {
        Organisation o = new Organisation();
        o.id = NewIds.next();
        o.name = name;
        o.kind = kind;
        o.cvr = cvr;
        o.homeMunicipality = homeMunicipality;
        o.contactEmail = contactEmail;
        o.contactPhone = contactPhone;
        o.registeredAt = now;
        return o;
    }

    public UUID id() { return id; }
    public String name() { return name; }
    public Kind kind() { return kind; }
    public String cvr() { return cvr; }
    public String homeMunicipality() { return homeMunicipality; }
    public String contactEmail() { return contactEmail; }
    public String contactPhone() { return contactPhone; }
    public Instant registeredAt() { return registeredAt; }
    public long version() { return version; }
}
