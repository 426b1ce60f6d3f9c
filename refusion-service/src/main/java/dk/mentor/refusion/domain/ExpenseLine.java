package dk.mentor.refusion.domain;

import dk.mentor.contracts.ids.NewIds;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One line of the expense ledger, judged by the rule in force on its date and traceable to the
 * event that caused it. Lines are never changed or deleted: a correction posts a reversal (the same
 * line negated) and new lines. The refund before any ceiling is rate x amount; the ceiling is applied
 * when a claim is drafted ({@link RefundAllocation}).
 */
@Entity
@Table(name = "expense_line")
public class ExpenseLine {

    public static final String NO_REGIME = "NONE";

    @Id
    private UUID id;

    @Column(insertable = false, updatable = false)
    private Long seq;

    @Column(nullable = false, updatable = false)
    private String municipality;

    @Column(name = "provider_municipality", updatable = false)
    private String providerMunicipality;

    @Column(name = "plan_id", updatable = false)
    private UUID planId;

    @Column(name = "citizen_ref", updatable = false)
    private UUID citizenRef;

    @Column(name = "mentor_id", updatable = false)
    private UUID mentorId;

    @Column(name = "mentor_kind", updatable = false)
    private String mentorKind;

    @Column(name = "meeting_id", updatable = false)
    private UUID meetingId;

    @Column(name = "meeting_version", updatable = false)
    private Integer meetingVersion;

    @Column(name = "attendance_id", updatable = false)
    private UUID attendanceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private LineKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "expense_type", nullable = false, updatable = false)
    private ExpenseType expenseType;

    @Column(name = "legal_basis", updatable = false)
    private String legalBasis;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "target_groups", nullable = false, updatable = false)
    private List<String> targetGroups;

    @Column(name = "expense_date", nullable = false, updatable = false)
    private LocalDate expenseDate;

    @Column(nullable = false, updatable = false)
    private int minutes;

    @Column(name = "hourly_rate", updatable = false)
    private BigDecimal hourlyRate;

    @Column(nullable = false, updatable = false)
    private BigDecimal amount;

    @Column(name = "rule_set_id", updatable = false)
    private UUID ruleSetId;

    @Column(nullable = false, updatable = false)
    private String regime;

    @Column(name = "refund_rate", nullable = false, updatable = false)
    private BigDecimal refundRate;

    @Enumerated(EnumType.STRING)
    @Column(name = "ceiling_kind", nullable = false, updatable = false)
    private CeilingKind ceilingKind;

    @Column(name = "account_code", updatable = false)
    private String accountCode;

    @Column(nullable = false, updatable = false)
    private boolean held;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, updatable = false)
    private List<String> holds = List.of();

    @Column(name = "source_event_id", nullable = false, updatable = false)
    private String sourceEventId;

    @Column(name = "source_event_type", nullable = false, updatable = false)
    private String sourceEventType;

    @Column(updatable = false)
    private UUID reverses;

    @Column(nullable = false)
    private boolean reversed;

    @Column(name = "claim_id")
    private UUID claimId;

    @Column(name = "posted_at", nullable = false, updatable = false)
    private OffsetDateTime postedAt;

    protected ExpenseLine() {
    }

    /** A new line judged by a rule, or by none when no rule covers it (then it is cost only). */
    public static ExpenseLine post(LineSource source, LineKind kind, String legalBasis, LocalDate date, int minutes,
                                   BigDecimal hourlyRate, BigDecimal amount, RuleSet rule, OffsetDateTime at) {
        ExpenseLine line = new ExpenseLine();
        line.id = NewIds.next();
        line.municipality = source.municipality();
        line.providerMunicipality = source.providerMunicipality();
        line.planId = source.planId();
        line.citizenRef = source.citizenRef();
        line.mentorId = source.mentorId();
        line.mentorKind = source.mentorKind();
        line.meetingId = source.meetingId();
        line.meetingVersion = source.meetingVersion();
        line.attendanceId = source.attendanceId();
        line.targetGroups = List.copyOf(source.targetGroups());
        line.sourceEventId = source.eventId();
        line.sourceEventType = source.eventType();
        line.kind = kind;
        line.expenseType = kind.expenseType();
        line.legalBasis = legalBasis;
        line.expenseDate = date;
        line.minutes = minutes;
        line.hourlyRate = hourlyRate;
        line.amount = Money.of(amount);
        line.ruleSetId = rule == null ? null : rule.id();
        line.regime = rule == null ? NO_REGIME : rule.regime();
        line.refundRate = rule == null ? BigDecimal.ZERO : rule.refundRate();
        line.ceilingKind = rule == null ? CeilingKind.NONE : rule.ceilingKind();
        line.accountCode = rule == null ? null : rule.accountCode();
        line.postedAt = at;
        return line;
    }

    /**
     * This new line held for the reasons (ClaimHold names) the meeting carries: it shows the cost but no
     * claim takes it and it counts against no ceiling. No reasons leave the line claimable.
     */
    public ExpenseLine heldFor(List<String> reasons) {
        if (seq != null) {
            throw new IllegalStateException("line " + id + " is posted already");
        }
        holds = List.copyOf(reasons);
        held = !holds.isEmpty();
        return this;
    }

    /**
     * This line's expense judged again by a rule (or by none), as a new line caused by another event: the
     * same source, money and holds, so only the judgement can differ. A re-judged training or fee line
     * is posted so, next to this line's reversal.
     */
    public ExpenseLine judgedAgain(RuleSet rule, String eventId, String eventType, OffsetDateTime at) {
        LineSource source = new LineSource(municipality, providerMunicipality, planId, citizenRef, mentorId, mentorKind,
                meetingId, meetingVersion, attendanceId, targetGroups, eventId, eventType);
        return post(source, kind, legalBasis, expenseDate, minutes, hourlyRate, amount, rule, at).heldFor(holds);
    }

    /** The line negated, caused by another event; this line is marked reversed. */
    public ExpenseLine reverse(String eventId, String eventType, OffsetDateTime at) {
        if (reversed || reverses != null) {
            throw new IllegalStateException("line " + id + " is already reversed or is a reversal");
        }
        ExpenseLine reversal = new ExpenseLine();
        reversal.id = NewIds.next();
        reversal.municipality = municipality;
        reversal.providerMunicipality = providerMunicipality;
        reversal.planId = planId;
        reversal.citizenRef = citizenRef;
        reversal.mentorId = mentorId;
        reversal.mentorKind = mentorKind;
        reversal.meetingId = meetingId;
        reversal.meetingVersion = meetingVersion;
        reversal.attendanceId = attendanceId;
        reversal.targetGroups = targetGroups;
        reversal.kind = kind;
        reversal.expenseType = expenseType;
        reversal.legalBasis = legalBasis;
        reversal.expenseDate = expenseDate;
        reversal.minutes = -minutes;
        reversal.hourlyRate = hourlyRate;
        reversal.amount = amount.negate();
        reversal.ruleSetId = ruleSetId;
        reversal.regime = regime;
        reversal.refundRate = refundRate;
        reversal.ceilingKind = ceilingKind;
        reversal.accountCode = accountCode;
        reversal.held = held;
        reversal.holds = holds;
        reversal.sourceEventId = eventId;
        reversal.sourceEventType = eventType;
        reversal.reverses = id;
        reversal.postedAt = at;
        reversed = true;
        return reversal;
    }

    /** Whether this line may be claimed under the regime: not held, a refund rate above 0 and that regime. */
    public boolean claimableUnder(String claimRegime) {
        return !held && regime.equals(claimRegime) && refundRate.signum() > 0;
    }

    /**
     * Whether this line and another price the same thing (so a re-pricing need not repost): the same
     * money, the same judgement (a rule row edited in place keeps its id but may change its rate, ceiling
     * or account) and the same holds and target groups.
     */
    public boolean samePricingAs(ExpenseLine other) {
        return kind == other.kind && Objects.equals(legalBasis, other.legalBasis)
                && minutes == other.minutes && amount.compareTo(other.amount) == 0
                && Objects.equals(hourlyRate == null ? null : hourlyRate.stripTrailingZeros(),
                        other.hourlyRate == null ? null : other.hourlyRate.stripTrailingZeros())
                && municipality.equals(other.municipality)
                && Objects.equals(providerMunicipality, other.providerMunicipality)
                && Objects.equals(ruleSetId, other.ruleSetId) && expenseDate.equals(other.expenseDate)
                && sameJudgementAs(other) && held == other.held && holds.equals(other.holds)
                && targetGroups.equals(other.targetGroups);
    }

    private boolean sameJudgementAs(ExpenseLine other) {
        return regime.equals(other.regime) && refundRate.compareTo(other.refundRate) == 0
                && ceilingKind == other.ceilingKind && Objects.equals(accountCode, other.accountCode);
    }

    /** The refund at the rule's rate, before any ceiling. */
    public BigDecimal refundBeforeCeiling() {
        return Money.share(amount, refundRate);
    }

    public void claimedBy(UUID claim) {
        this.claimId = claim;
    }

    public void releaseFromClaim() {
        this.claimId = null;
    }

    public UUID id() { return id; }
    public Long seq() { return seq; }
    public String municipality() { return municipality; }
    public String providerMunicipality() { return providerMunicipality; }
    public UUID planId() { return planId; }
    public UUID citizenRef() { return citizenRef; }
    public UUID mentorId() { return mentorId; }
    public String mentorKind() { return mentorKind; }
    public UUID meetingId() { return meetingId; }
    public Integer meetingVersion() { return meetingVersion; }
    public UUID attendanceId() { return attendanceId; }
    public LineKind kind() { return kind; }
    public ExpenseType expenseType() { return expenseType; }
    public String legalBasis() { return legalBasis; }
    public List<String> targetGroups() { return targetGroups; }
    public LocalDate expenseDate() { return expenseDate; }
    public int minutes() { return minutes; }
    public BigDecimal hourlyRate() { return hourlyRate; }
    public BigDecimal amount() { return amount; }
    public UUID ruleSetId() { return ruleSetId; }
    public String regime() { return regime; }
    public BigDecimal refundRate() { return refundRate; }
    public CeilingKind ceilingKind() { return ceilingKind; }
    public String accountCode() { return accountCode; }
    public String sourceEventId() { return sourceEventId; }
    public String sourceEventType() { return sourceEventType; }
    public UUID reverses() { return reverses; }
    public boolean reversed() { return reversed; }
    public UUID claimId() { return claimId; }
    public boolean held() { return held; }
    public List<String> holds() { return holds; }
    public OffsetDateTime postedAt() { return postedAt; }
}
