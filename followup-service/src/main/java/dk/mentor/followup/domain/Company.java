package dk.mentor.followup.domain;

import dk.mentor.contracts.ids.NewIds;
import dk.mentor.contracts.rules.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A company that hosts placements (seed 002 p.4, seed 003 pp.1-4). A CVR number is national, so a
 * company is registered once and shared by every municipality; the placements at it are each
 * municipality's own.
 */
@Entity
@Table(name = "company")
public class Company {

    private static final Pattern CVR = Pattern.compile("[0-9]{8}");

    @Id
    private UUID id;
    @Column(nullable = false, unique = true)
    private String cvr;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String address;
    private String industry;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Company() {
    }

    public static Company register(String cvr, String name, String address, String industry, String createdBy,
                                   Instant now) {
        Company c = new Company();
        c.id = NewIds.next();
        c.cvr = cvr(cvr);
        c.name = name;
        c.address = address;
        c.industry = industry;
        c.createdBy = createdBy;
        c.createdAt = now;
        return c;
    }

    /** The CVR number without spaces, refused unless it is 8 digits. */
    public static String cvr(String value) {
        String digits = value == null ? "" : value.replace(" ", "");
        if (!CVR.matcher(digits).matches()) {
            throw RuleViolation.onField("A CVR number has 8 digits", "cvr", "must be 8 digits");
        }
        return digits;
    }

    public UUID id() { return id; }
    public String cvr() { return cvr; }
    public String name() { return name; }
    public String address() { return address; }
    public String industry() { return industry; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
}
