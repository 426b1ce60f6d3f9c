package dk.mentor.catalog.domain;

import dk.mentor.contracts.ids.NewIds;
import dk.mentor.contracts.rules.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A municipality's mentor coordinator (seed 000 pp.21-23): a fixed person at the job centre whom the
 * mentors call for sparring and to reach the right colleague. The username, when given, is the
 * coordinator's login, so their own work can be found by it.
 */
@Entity
@Table(name = "coordinator")
public class Coordinator {

    @Id
    private UUID id;
    @Column(nullable = false)
    private String municipality;
    @Column(name = "display_name", nullable = false)
    private String displayName;
    private String username;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Coordinator() {
    }

    public static Coordinator appoint(String municipality, String displayName, String username, Instant now) {
        Coordinator c = new Coordinator();
        c.id = NewIds.next();
        c.municipality = municipality;
        c.displayName = displayName;
        c.username = username;
        c.createdAt = now;
        return c;
    }

    /** @throws RuleViolation on mentorId when the mentor is not of the coordinator's municipality */
    public void requireOwn(Mentor mentor, String reason) {
        if (!mentor.homeMunicipality().equals(municipality)) {
            throw RuleViolation.onField(reason, "mentorId", "the mentor's home municipality is not the coordinator's");
        }
    }

    public UUID id() { return id; }
    public String municipality() { return municipality; }
    public String displayName() { return displayName; }
    public String username() { return username; }
    public Instant createdAt() { return createdAt; }
}
