package dk.mentor.followup.domain;

import dk.mentor.contracts.ids.NewIds;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A contact person at a company: the manager or daily coordinator (tovholder) the job centre calls,
 * and whom the company calls when a problem arises (seed 002 pp.12, 16-17).
 */
@Entity
@Table(name = "company_contact")
public class CompanyContact {

    @Id
    private UUID id;
    @Column(name = "company_id", nullable = false)
    private UUID companyId;
    @Column(nullable = false)
    private String name;
    private String title;
    private String phone;
    private String email;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CompanyContact() {
    }

    public static CompanyContact add(UUID companyId, String name, String title, String phone, String email,
                                     String createdBy, Instant now) {
        CompanyContact c = new CompanyContact();
        c.id = NewIds.next();
        c.companyId = companyId;
        c.name = name;
        c.title = title;
        c.phone = phone;
        c.email = email;
        c.createdBy = createdBy;
        c.createdAt = now;
        return c;
    }

    public UUID id() { return id; }
    public UUID companyId() { return companyId; }
    public String name() { return name; }
    public String title() { return title; }
    public String phone() { return phone; }
    public String email() { return email; }
    public Instant createdAt() { return createdAt; }
}
