package dk.mentor.matching.domain;

import dk.mentor.contracts.codes.LegalBasisTerms;
import dk.mentor.contracts.ids.NewIds;
import dk.mentor.contracts.rules.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A citizen's plan and a mentor working together, from the second yes to an end with a reason. */
@Entity
@Table(name = "mentorship")
public class Mentorship {

    public static final String ACTIVE = "ACTIVE";
    public static final String ENDED = "ENDED";

    @Id
    private UUID id;
    @Column(name = "referral_id", nullable = false)
    private UUID referralId;
    @Column(name = "proposal_id", nullable = false)
    private UUID proposalId;
    @Column(name = "plan_id", nullable = false)
    private UUID planId;
    @Column(name = "mentor_id", nullable = false)
    private UUID mentorId;
    @Column(name = "acting_municipality", nullable = false)
    private String actingMunicipality;
    @Column(name = "mentor_municipality", nullable = false)
    private String mentorMunicipality;
    @Column(name = "legal_basis", nullable = false)
    private String legalBasis;
    @Column(nullable = false)
    private String role;
    @Column(name = "hours_per_week", nullable = false)
    private BigDecimal hoursPerWeek;
    @Column(name = "hourly_rate")
    private BigDecimal hourlyRate;
    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;
    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;
    @Column(name = "meeting_every_days")
    private Integer meetingEveryDays;
    @Column(nullable = false)
    private String status;
    @Column(name = "end_reason")
    private String endReason;
    @Column(name = "ended_on")
    private LocalDate endedOn;
    @Column(name = "rematch_referral_id")
    private UUID rematchReferralId;
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;
    @Column(name = "ended_at")
    private Instant endedAt;
    @Version
    private long version;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Mentorship() {
    }

    /**
     * Starts on the referral's first day. A referral ordered ahead that is matched only after its first day
     * starts on the day it is matched ({@code today}): the mentor was not there before. A referral ordered
     * with a period that had already begun ({@code orderedOn} after its first day) records a grant decided
     * before it reached the suite, e.g. a running mentorship taken over from the case system; it starts on
     * that first day, so the meetings held since lie inside the grant that pays for them. The agreed end
     * stays either way, so a LAB mentorship never runs past the 6 months the referral was granted for.
     */
    public static Mentorship start(Referral referral, Proposal proposal, MentorCandidate mentor, String role,
                                   LocalDate orderedOn, LocalDate today, Instant now) {
        Mentorship m = new Mentorship();
        m.id = NewIds.next();
        m.referralId = referral.id();
        m.proposalId = proposal.id();
        m.planId = referral.planId();
        m.mentorId = mentor.mentorId();
        m.actingMunicipality = referral.actingMunicipality();
        m.mentorMunicipality = mentor.homeMunicipality();
        m.legalBasis = referral.legalBasis();
        m.role = role;
        m.hoursPerWeek = referral.hoursPerWeek();
        m.hourlyRate = mentor.hourlyRate();
        boolean grantedBeforeOrdered = referral.periodStart().isBefore(orderedOn);
        m.startsOn = grantedBeforeOrdered || !referral.periodStart().isBefore(today) ? referral.periodStart() : today;
        m.endsOn = referral.periodEnd();
        m.meetingEveryDays = MeetingCadence.everyDays(referral.meetingFrequency());
        if (m.endsOn.isBefore(m.startsOn)) {
            throw new RuleViolation("The referral's period ended on " + m.endsOn + "; order a new period first");
        }
        m.status = ACTIVE;
        m.startedAt = now;
        m.updatedAt = now;
        return m;
    }

    public void end(String reason, LocalDate on, Instant now) {
        if (!ACTIVE.equals(status)) {
            throw RuleViolation.stateConflict("The mentorship has ended already");
        }
        if (on.isBefore(startsOn)) {
            throw new RuleViolation("A mentorship cannot end before it started (" + startsOn + ")");
        }
        status = ENDED;
        endReason = reason;
        endedOn = on;
        endedAt = now;
        updatedAt = now;
    }

    /**
     * A new grant after the caseworker's assessment: the mentorship runs on to {@code newEnd} with the new
     * hours and cadence instead of expiring. Each grant is again limited by the basis (LAB § 167: 6 months).
     *
     * @return the end of the grant it follows
     * @throws RuleViolation when it has ended, or the new end is not later or longer than the basis allows
     */
    public LocalDate renew(LegalBasisTerms basis, LocalDate newEnd, BigDecimal newHoursPerWeek, Integer newMeetingEveryDays,
                           Instant now) {
        if (!ACTIVE.equals(status)) {
            throw RuleViolation.stateConflict("An ended mentorship cannot be renewed; order a new referral");
        }
        if (!newEnd.isAfter(endsOn)) {
            throw RuleViolation.onField("A renewal must run past the current end " + endsOn, "endsOn", "after " + endsOn);
        }
        GrantLimit.require(basis, endsOn.plusDays(1), newEnd, "endsOn");
        LocalDate previous = endsOn;
        endsOn = newEnd;
        hoursPerWeek = newHoursPerWeek;
        meetingEveryDays = newMeetingEveryDays;
        updatedAt = now;
        return previous;
    }

    /** Whether the granted period is over on {@code today} with no renewal. */
    public boolean expiredOn(LocalDate today) {
        return ACTIVE.equals(status) && endsOn.isBefore(today);
    }

    public void rematchedBy(UUID referralId) {
        rematchReferralId = referralId;
    }

    public UUID id() { return id; }
    public UUID referralId() { return referralId; }
    public UUID proposalId() { return proposalId; }
    public UUID planId() { return planId; }
    public UUID mentorId() { return mentorId; }
    public String actingMunicipality() { return actingMunicipality; }
    public String mentorMunicipality() { return mentorMunicipality; }
    public String legalBasis() { return legalBasis; }
    public String role() { return role; }
    public BigDecimal hoursPerWeek() { return hoursPerWeek; }
    public BigDecimal hourlyRate() { return hourlyRate; }
    public LocalDate startsOn() { return startsOn; }
    public LocalDate endsOn() { return endsOn; }
    public Integer meetingEveryDays() { return meetingEveryDays; }
    public String status() { return status; }
    public String endReason() { return endReason; }
    public LocalDate endedOn() { return endedOn; }
    public UUID rematchReferralId() { return rematchReferralId; }
    public Instant startedAt() { return startedAt; }
    public long version() { return version; }
    public Instant updatedAt() { return updatedAt; }
}
