package dk.mentor.catalog.domain;

import dk.mentor.contracts.ids.NewIds;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A training course a municipality runs for mentors (seed 000 pp.25-27). */
@Entity
@Table(name = "training_course")
public class TrainingCourse {

    /** The formats of the guide: a 2-4 day start course, evening sessions, a quarterly day, supervision. */
    public enum Kind { START_COURSE, EVENING_SESSION, QUARTERLY_DAY, SUPERVISION }

    @Id
    private UUID id;
    @Column(name = "organiser_municipality", nullable = false)
    private String organiserMunicipality;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;
    @Column(nullable = false)
    private String title;
    private String description;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected TrainingCourse() {
    }

    public static TrainingCourse create(String organiserMunicipality, Kind kind, String title, String description,
                                        Instant now) {
        TrainingCourse c = new TrainingCourse();
        c.id = NewIds.next();
        c.organiserMunicipality = organiserMunicipality;
        c.kind = kind;
        c.title = title;
        c.description = description;
        c.createdAt = now;
        return c;
    }

    public UUID id() { return id; }
    public String organiserMunicipality() { return organiserMunicipality; }
    public Kind kind() { return kind; }
    public String title() { return title; }
    public String description() { return description; }
    public Instant createdAt() { return createdAt; }
}
