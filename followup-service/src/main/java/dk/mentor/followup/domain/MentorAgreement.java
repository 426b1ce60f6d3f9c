package dk.mentor.followup.domain;

import dk.mentor.contracts.codes.GrantPeriod;
import dk.mentor.contracts.codes.LegalBasisTerms;
import dk.mentor.contracts.ids.NewIds;
import dk.mentor.contracts.rules.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The written agreement behind a mentor's participation. A grant under LAB § 167 runs at most 6 months
 * ({@link GrantPeriod}); going on needs a renewal that records the assessment behind it.
 */
@Entity
@Table(name = "mentor_agreement")
public class MentorAgreement {

    @Id
    private UUID id;
    @Column(name = "plan_id", nullable = false)
    private UUID planId;
    @Column(name = "participant_id", nullable = false)
    private UUID participantId;
    @Column(nullable = false)
    private String goal;
    @Column(name = "mentor_name", nullable = false)
    private String mentorName;
    @Column(name = "mentor_contact", nullable = false)
    private String mentorContact;
    @Column(nullable = false)
    private String tasks;
    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;
    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;
    @Column(name = "hours_per_week", nullable = false)
    private BigDecimal hoursPerWeek;
    @Column(name = "complaint_guidance", nullable = false)
    private String complaintGuidance;
    @Column(name = "renews_agreement")
    private UUID renews;
    @Column(name = "renewal_assessment")
    private String renewalAssessment;
    @Column(nullable = false)
    private boolean activation;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected MentorAgreement() {
    }

    /**
     * @param basis    the terms of the participant's legal basis, from its row
     * @param previous the agreement this one renews, or null; it must belong to the same participation
     */
    public static MentorAgreement make(Participant participant, LegalBasisTerms basis, AgreementTerms terms,
                                       MentorAgreement previous,
                                       String createdBy, Instant now) {
        List<RuleViolation.FieldIssue> missing = terms.missing();
        if (!missing.isEmpty()) {
            throw new RuleViolation("The mentor agreement lacks required terms", missing);
        }
        if (terms.periodTo().isBefore(terms.periodFrom())) {
            throw RuleViolation.onField("The period ends before it starts", "periodTo",
                    "must be on or after periodFrom");
        }
        if (terms.hoursPerWeek().signum() <= 0) {
            throw RuleViolation.onField("Hours per week must be more than zero", "hoursPerWeek", "must be more than 0");
        }
        if (GrantPeriod.exceeds(basis, terms.periodFrom(), terms.periodTo())) {
            throw RuleViolation.onField("A mentor agreement under " + basis.code() + " runs at most "
                    + GrantPeriod.limit(basis) + "; renew it with an assessment to go on",
                    "periodTo", "at most " + GrantPeriod.lastDay(basis, terms.periodFrom()).orElseThrow());
        }
        if (terms.renews() != null) {
            if (previous == null || !previous.participantId.equals(participant.id())) {
                throw RuleViolation.onField("Only an agreement of the same participation can be renewed", "renews",
                        "no such agreement");
            }
            if (terms.renewalAssessment() == null || terms.renewalAssessment().isBlank()) {
                throw RuleViolation.onField("A renewal needs the recorded assessment behind it", "renewalAssessment",
                        "is required for a renewal");
            }
            if (!terms.periodFrom().isAfter(previous.periodFrom)) {
                throw RuleViolation.onField("A renewal starts after the agreement it renews", "periodFrom",
                        "must be after " + previous.periodFrom);
            }
        }
        MentorAgreement a = new MentorAgreement();
        a.id = NewIds.next();
        a.planId = participant.planId();
        a.participantId = participant.id();
        a.goal = terms.goal();
        a.mentorName = terms.mentorName();
        a.mentorContact = terms.mentorContact();
        a.tasks = terms.tasks();
        a.periodFrom = terms.periodFrom();
        a.periodTo = terms.periodTo();
        a.hoursPerWeek = terms.hoursPerWeek();
        a.complaintGuidance = terms.complaintGuidance();
        a.activation = terms.activation();
        a.renews = terms.renews();
        a.renewalAssessment = terms.renewalAssessment();
        a.createdBy = createdBy;
        a.createdAt = now;
        return a;
    }


    /** The middle of the period, when the midway evaluation falls due (seed 002 pp.15, 22). */
    public LocalDate midway() {
        return periodFrom.plusDays(ChronoUnit.DAYS.between(periodFrom, periodTo) / 2);
    }

    public boolean coversDay(LocalDate day) {
        return !day.isBefore(periodFrom) && !day.isAfter(periodTo);
    }

    public UUID id() { return id; }
    public UUID planId() { return planId; }
    public UUID participantId() { return participantId; }
    public String goal() { return goal; }
    public String mentorName() { return mentorName; }
    public String mentorContact() { return mentorContact; }
    public String tasks() { return tasks; }
    public LocalDate periodFrom() { return periodFrom; }
    public LocalDate periodTo() { return periodTo; }
    public BigDecimal hoursPerWeek() { return hoursPerWeek; }
    public String complaintGuidance() { return complaintGuidance; }
    public UUID renews() { return renews; }
    public String renewalAssessment() { return renewalAssessment; }
    public boolean activation() { return activation; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
}
