package dk.mentor.matching.domain;

import dk.mentor.contracts.codes.LegalBasisTerms;
import dk.mentor.contracts.ids.NewIds;
import dk.mentor.contracts.rules.RuleViolation;
import dk.mentor.matching.domain.ranking.ReferralCriteria;
import dk.mentor.matching.domain.ranking.Wish;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The caseworker's order for a mentor (the BUM model): the citizen is known here only by the plan id. */
@Entity
@Table(name = "referral")
public class Referral {

    @Id
    private UUID id;
    @Column(name = "plan_id", nullable = false)
    private UUID planId;
    @Column(name = "acting_municipality", nullable = false)
    private String actingMunicipality;
    @Column(name = "legal_basis", nullable = false)
    private String legalBasis;
    @Column(name = "role_wanted")
    private String roleWanted;
    @Column(nullable = false)
    private String purpose;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    private List<String> tasks;
    @Column(name = "hours_per_week", nullable = false)
    private BigDecimal hoursPerWeek;
    @Column(name = "meeting_frequency", nullable = false)
    private String meetingFrequency;
    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;
    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "target_groups", nullable = false)
    private List<String> targetGroups;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    private List<String> needs;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    private List<String> languages;
    @Column(name = "area_municipality")
    private String areaMunicipality;
    private String postcode;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<Wish> wishes;
    @Column(nullable = false)
    private String urgency;
    @Column(name = "mentor_mandatory", nullable = false)
    private boolean mentorMandatory;
    @Column(name = "match_group")
    private Integer matchGroup;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReferralStatus status;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "waiting_reasons", nullable = false)
    private List<WaitingReasonEntry> waitingReasons = List.of();
    @Column(name = "current_proposal_id")
    private UUID currentProposalId;
    @Column(name = "previous_referral_id")
    private UUID previousReferralId;
    @Column(name = "previous_mentorship_id")
    private UUID previousMentorshipId;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;
    /** The case system that ordered it, e.g. sbsys; set with {@link #externalId} or not at all. */
    @Column(name = "external_system")
    private String externalSystem;
    /** The ordering case system's own key; unique with the system in the acting municipality. */
    @Column(name = "external_id")
    private String externalId;

    protected Referral() {
    }

    /** @throws RuleViolation for a period longer than the legal basis allows, or a role outside the basis */
    public static Referral order(ReferralDraft d, LegalBasisTerms basis, String createdBy, Instant now) {
        MentorRoles.requireFits(basis, d.roleWanted());
        if (d.periodEnd().isBefore(d.periodStart())) {
            throw new RuleViolation("The period ends before it starts");
        }
        GrantLimit.require(basis, d.periodStart(), d.periodEnd(), "periodEnd");
        if (!basis.inForceOn(d.periodStart())) {
            throw new RuleViolation(basis.code() + " is not in force on " + d.periodStart());
        }
        Referral r = new Referral();
        r.id = NewIds.next();
        r.planId = d.planId();
        r.actingMunicipality = d.actingMunicipality();
        r.legalBasis = basis.code();
        r.roleWanted = d.roleWanted();
        r.purpose = d.purpose();
        r.tasks = List.copyOf(d.tasks());
        r.hoursPerWeek = d.hoursPerWeek();
        r.meetingFrequency = d.meetingFrequency();
        r.periodStart = d.periodStart();
        r.periodEnd = d.periodEnd();
        r.targetGroups = List.copyOf(d.targetGroups());
        r.needs = List.copyOf(d.needs());
        r.languages = List.copyOf(d.languages());
        r.areaMunicipality = d.areaMunicipality();
        r.postcode = d.postcode();
        r.wishes = List.copyOf(d.wishes());
        r.urgency = d.urgency();
        r.mentorMandatory = d.mentorMandatory();
        r.matchGroup = d.matchGroup();
        r.status = ReferralStatus.OPEN;
        r.createdBy = createdBy;
        r.createdAt = now;
        r.updatedAt = now;
        return r;
    }

    /** A new referral for the same plan after a mentorship ended; it keeps the link to what came before. */
    public Referral rematch(UUID endedMentorshipId, LegalBasisTerms basis, String createdBy, Instant now) {
        Referral next = order(new ReferralDraft(planId, actingMunicipality, legalBasis, roleWanted, purpose, tasks,
                hoursPerWeek, meetingFrequency, periodStart, periodEnd, targetGroups, needs, languages, areaMunicipality,
                postcode, wishes, urgency, mentorMandatory, matchGroup), basis, createdBy, now);
        next.previousReferralId = id;
        next.previousMentorshipId = endedMentorshipId;
        return next;
    }

    /** {@code eligibleKinds}: the kinds of mentor the eligibility rows let serve this referral. */
    public ReferralCriteria criteria(Set<UUID> excludedMentors, Set<String> eligibleKinds) {
        return new ReferralCriteria(actingMunicipality, legalBasis, Hours.centi(hoursPerWeek), Set.copyOf(targetGroups),
                Set.copyOf(needs), Set.copyOf(languages), areaMunicipality, postcode, wishes, excludedMentors,
                "URGENT".equals(urgency), eligibleKinds);
    }

    public void proposed(Instant now) {
        requireOpenForProposals();
        status = ReferralStatus.PROPOSED;
        waitingReasons = List.of();
        currentProposalId = null;
        updatedAt = now;
    }

    public void waiting(List<WaitingReasonEntry> reasons, Instant now) {
        requireOpenForProposals();
        status = ReferralStatus.WAITING;
        waitingReasons = List.copyOf(reasons);
        currentProposalId = null;
        updatedAt = now;
    }

    public void chose(UUID proposalId, Instant now) {
        if (status != ReferralStatus.PROPOSED) {
            throw RuleViolation.stateConflict("A mentor can be chosen only from a shortlist; the referral is " + status);
        }
        status = ReferralStatus.CHOSEN;
        currentProposalId = proposalId;
        updatedAt = now;
    }

    public void meetingScheduled(Instant now) {
        if (status != ReferralStatus.CHOSEN && status != ReferralStatus.MEETING_SCHEDULED) {
            throw RuleViolation.stateConflict("A three-party meeting needs a chosen mentor; the referral is " + status);
        }
        status = ReferralStatus.MEETING_SCHEDULED;
        updatedAt = now;
    }

    public void requireMeetingScheduled() {
        if (status != ReferralStatus.MEETING_SCHEDULED) {
            throw RuleViolation.stateConflict("Answers are given after the three-party meeting is scheduled; the referral is " + status);
        }
    }

    /** An answer changes the referral's version, so two answers given at once cannot both read "no answer yet". */
    public void answerRecorded(Instant now) {
        updatedAt = now;
    }

    /** A "no" with mentors left on the shortlist: the citizen chooses again among them. */
    public void choiceDeclined(Instant now) {
        status = ReferralStatus.PROPOSED;
        currentProposalId = null;
        updatedAt = now;
    }

    /** A "no" and nobody left on the shortlist: back to proposing. */
    public void shortlistExhausted(Instant now) {
        status = ReferralStatus.OPEN;
        currentProposalId = null;
        updatedAt = now;
    }

    public void matched(Instant now) {
        status = ReferralStatus.MATCHED;
        updatedAt = now;
    }

    public void closed(Instant now) {
        status = ReferralStatus.CLOSED;
        updatedAt = now;
    }

    private void requireOpenForProposals() {
        if (!status.openForProposals()) {
            throw RuleViolation.stateConflict("The referral is " + status + "; proposals are made only for open or waiting referrals");
        }
    }

    public UUID id() { return id; }
    public UUID planId() { return planId; }
    public String actingMunicipality() { return actingMunicipality; }
    public String legalBasis() { return legalBasis; }
    public String roleWanted() { return roleWanted; }
    public String purpose() { return purpose; }
    public List<String> tasks() { return tasks; }
    public BigDecimal hoursPerWeek() { return hoursPerWeek; }
    public String meetingFrequency() { return meetingFrequency; }
    public LocalDate periodStart() { return periodStart; }
    public LocalDate periodEnd() { return periodEnd; }
    public List<String> targetGroups() { return targetGroups; }
    public List<String> needs() { return needs; }
    public List<String> languages() { return languages; }
    public String areaMunicipality() { return areaMunicipality; }
    public String postcode() { return postcode; }
    public List<Wish> wishes() { return wishes; }
    public String urgency() { return urgency; }
    public boolean mentorMandatory() { return mentorMandatory; }
    public Integer matchGroup() { return matchGroup; }
    public ReferralStatus status() { return status; }
    public List<WaitingReasonEntry> waitingReasons() { return waitingReasons; }
    public UUID currentProposalId() { return currentProposalId; }
    public UUID previousReferralId() { return previousReferralId; }
    public UUID previousMentorshipId() { return previousMentorshipId; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }
    public String externalSystem() { return externalSystem; }
    public String externalId() { return externalId; }

    /** Records the key the ordering case system knows this referral by; set once, on ordering. */
    public void referTo(String system, String id) {
        externalSystem = system;
        externalId = id;
    }
}
