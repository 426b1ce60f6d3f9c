package dk.mentor.matching.domain;

import dk.mentor.contracts.ids.NewIds;
import dk.mentor.contracts.rules.RuleViolation;
import dk.mentor.matching.domain.ranking.CriterionScore;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A mentor proposed for a referral, with the explanation of the score (the lines add up to it) and
 * the weights version that ranked it. The chosen proposal carries the three-party meeting and the
 * citizen's and mentor's answers with their reasons.
 */
@Entity
@Table(name = "proposal")
public class Proposal {

    public enum Party { CITIZEN, MENTOR }

    @Id
    private UUID id;
    @Column(name = "referral_id", nullable = false)
    private UUID referralId;
    @Column(name = "mentor_id", nullable = false)
    private UUID mentorId;
    @Column(name = "round_id")
    private UUID roundId;
    @Column(nullable = false)
    private int rank;
    @Column(name = "score_milli", nullable = false)
    private long scoreMilli;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<CriterionScore> explanation;
    @Column(name = "weights_scope", nullable = false)
    private String weightsScope;
    @Column(name = "weights_version", nullable = false)
    private int weightsVersion;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProposalStatus status;
    @Column(name = "chosen_by")
    private String chosenBy;
    @Column(name = "meeting_at")
    private Instant meetingAt;
    @Column(name = "meeting_place")
    private String meetingPlace;
    @Column(name = "citizen_answer")
    private Boolean citizenAnswer;
    @Column(name = "citizen_reason")
    private String citizenReason;
    @Column(name = "mentor_answer")
    private Boolean mentorAnswer;
    @Column(name = "mentor_reason")
    private String mentorReason;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "decided_at")
    private Instant decidedAt;
    /** While the citizen and the mentor have not both answered, the mentor's seat is kept for this proposal until then. */
    @Column(name = "held_until")
    private Instant heldUntil;

    protected Proposal() {
    }

    /**
     * How long a choice keeps the mentor's seat: long enough to hold the three-party meeting (seed 000
     * p.30), short enough that an unanswered choice does not block the mentor for others.
     */
    public static final Duration SEAT_HOLD = Duration.ofDays(14);

    public static Proposal of(UUID referralId, UUID mentorId, UUID roundId, int rank, long scoreMilli,
                              List<CriterionScore> explanation, String weightsScope, int weightsVersion, Instant now) {
        Proposal p = new Proposal();
        p.id = NewIds.next();
        p.referralId = referralId;
        p.mentorId = mentorId;
        p.roundId = roundId;
        p.rank = rank;
        p.scoreMilli = scoreMilli;
        p.explanation = List.copyOf(explanation);
        p.weightsScope = weightsScope;
        p.weightsVersion = weightsVersion;
        p.status = ProposalStatus.OPEN;
        p.createdAt = now;
        return p;
    }

    public void choose(String by, Instant now) {
        if (status != ProposalStatus.OPEN) {
            throw RuleViolation.stateConflict("Only an open proposal can be chosen; this one is " + status);
        }
        status = ProposalStatus.CHOSEN;
        chosenBy = by;
        decidedAt = now;
        heldUntil = now.plus(SEAT_HOLD);
    }

    public void schedule(Instant at, String place) {
        meetingAt = at;
        meetingPlace = place;
        citizenAnswer = null;
        mentorAnswer = null;
        citizenReason = null;
        mentorReason = null;
    }

    /** Records one party's answer after the meeting. */
    public void answer(Party party, boolean yes, String reason, Instant now) {
        if (status != ProposalStatus.CHOSEN || meetingAt == null) {
            throw RuleViolation.stateConflict("Answers belong to a chosen mentor after a scheduled three-party meeting");
        }
        if (!yes && (reason == null || reason.isBlank())) {
            throw new RuleViolation("A no needs a reason, so the next match can learn from it");
        }
        if (party == Party.CITIZEN) {
            citizenAnswer = yes;
            citizenReason = reason;
        } else {
            mentorAnswer = yes;
            mentorReason = reason;
        }
        if (!yes) {
            status = ProposalStatus.DECLINED;
            decidedAt = now;
            heldUntil = null;
        }
    }

    public boolean bothSaidYes() {
        return Boolean.TRUE.equals(citizenAnswer) && Boolean.TRUE.equals(mentorAnswer);
    }

    public void accepted(Instant now) {
        status = ProposalStatus.ACCEPTED;
        decidedAt = now;
        heldUntil = null; // the mentorship has the seat now
    }

    public void superseded() {
        if (status == ProposalStatus.OPEN) {
            status = ProposalStatus.SUPERSEDED;
        }
    }

    public Instant heldUntil() { return heldUntil; }
    public UUID id() { return id; }
    public UUID referralId() { return referralId; }
    public UUID mentorId() { return mentorId; }
    public UUID roundId() { return roundId; }
    public int rank() { return rank; }
    public long scoreMilli() { return scoreMilli; }
    public List<CriterionScore> explanation() { return explanation; }
    public String weightsScope() { return weightsScope; }
    public int weightsVersion() { return weightsVersion; }
    public ProposalStatus status() { return status; }
    public String chosenBy() { return chosenBy; }
    public Instant meetingAt() { return meetingAt; }
    public String meetingPlace() { return meetingPlace; }
    public Boolean citizenAnswer() { return citizenAnswer; }
    public String citizenReason() { return citizenReason; }
    public Boolean mentorAnswer() { return mentorAnswer; }
    public String mentorReason() { return mentorReason; }
    public Instant createdAt() { return createdAt; }
}
