package dk.mentor.matching.domain;

import dk.mentor.contracts.ids.NewIds;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One renewal of a mentorship and the assessment that justified it; kept as the record of each grant. */
@Entity
@Table(name = "mentorship_renewal")
public class MentorshipRenewal {

    @Id
    private UUID id;
    @Column(name = "mentorship_id", nullable = false)
    private UUID mentorshipId;
    @Column(name = "previous_ends_on", nullable = false)
    private LocalDate previousEndsOn;
    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;
    @Column(name = "hours_per_week", nullable = false)
    private BigDecimal hoursPerWeek;
    @Column(name = "meeting_every_days")
    private Integer meetingEveryDays;
    @Column(nullable = false)
    private String assessment;
    @Column(name = "renewed_by", nullable = false)
    private String renewedBy;
    @Column(name = "renewed_at", nullable = false)
    private Instant renewedAt;

    protected MentorshipRenewal() {
    }

    public static MentorshipRenewal of(Mentorship renewed, LocalDate previousEndsOn, String assessment, String renewedBy,
                                       Instant now) {
        MentorshipRenewal r = new MentorshipRenewal();
        r.id = NewIds.next();
        r.mentorshipId = renewed.id();
        r.previousEndsOn = previousEndsOn;
        r.endsOn = renewed.endsOn();
        r.hoursPerWeek = renewed.hoursPerWeek();
        r.meetingEveryDays = renewed.meetingEveryDays();
        r.assessment = assessment;
        r.renewedBy = renewedBy;
        r.renewedAt = now;
        return r;
    }

    public UUID id() { return id; }
    public UUID mentorshipId() { return mentorshipId; }
    public LocalDate previousEndsOn() { return previousEndsOn; }
    public LocalDate endsOn() { return endsOn; }
    public BigDecimal hoursPerWeek() { return hoursPerWeek; }
    public Integer meetingEveryDays() { return meetingEveryDays; }
    public String assessment() { return assessment; }
    public String renewedBy() { return renewedBy; }
    public Instant renewedAt() { return renewedAt; }
}
