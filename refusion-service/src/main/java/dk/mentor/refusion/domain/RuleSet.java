package dk.mentor.refusion.domain;

import dk.mentor.contracts.ids.NewIds;
import dk.mentor.contracts.rules.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One effective-dated refund rule: for a legal basis, an expense type and optionally one target
 * group or one municipality, the refund rate, the ceiling and the account code in force between two
 * dates. An expense is judged by the row in force on its date (see {@link RuleBook}).
 */
@Entity
@Table(name = "rule_set")
public class RuleSet {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String regime;

    @Column(name = "legal_basis", nullable = false)
    private String legalBasis;

    @Column(name = "target_group")
    private String targetGroup;

    @Enumerated(EnumType.STRING)
    @Column(name = "expense_type", nullable = false)
    private ExpenseType expenseType;

    private String municipality;

    @Column(name = "refund_rate", nullable = false)
    private BigDecimal refundRate;

    @Enumerated(EnumType.STRING)
    @Column(name = "ceiling_kind", nullable = false)
    private CeilingKind ceilingKind;

    @Column(name = "ceiling_amount")
    private BigDecimal ceilingAmount;

    @Column(name = "account_code")
    private String accountCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "claim_period", nullable = false)
    private ClaimPeriod claimPeriod;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RuleStatus status;

    // The ceiling is a frame the municipality also spends on other measures the suite does not see.
    @Column(name = "shared_frame", nullable = false)
    private boolean sharedFrame;

    @Enumerated(EnumType.STRING)
    @Column(name = "refund_rounding", nullable = false)
    private RefundRounding refundRounding;

    @Column(name = "source_note", nullable = false)
    private String sourceNote;

    @Version
    private long version;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected RuleSet() {
    }

    /** The terms of a rule row, as an admin states them. */
    public record Terms(String regime, String legalBasis, String targetGroup, ExpenseType expenseType,
                        String municipality, BigDecimal refundRate, CeilingKind ceilingKind,
                        BigDecimal ceilingAmount, String accountCode, ClaimPeriod claimPeriod,
                        LocalDate validFrom, LocalDate validTo, RuleStatus status, boolean sharedFrame,
                        RefundRounding refundRounding, String sourceNote) {

        public Terms {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(refundRounding, "refundRounding");
        }

        /** Terms stated the older way: a placeholder flag, no shared frame, the per-claim rounding. */
        public Terms(String regime, String legalBasis, String targetGroup, ExpenseType expenseType,
                     String municipality, BigDecimal refundRate, CeilingKind ceilingKind, BigDecimal ceilingAmount,
                     String accountCode, ClaimPeriod claimPeriod, LocalDate validFrom, LocalDate validTo,
                     boolean placeholder, String sourceNote) {
            this(regime, legalBasis, targetGroup, expenseType, municipality, refundRate, ceilingKind, ceilingAmount,
                    accountCode, claimPeriod, validFrom, validTo, placeholder ? RuleStatus.PLACEHOLDER : RuleStatus.IN_FORCE,
                    false, RefundRounding.PER_CLAIM_HALF_UP, sourceNote);
        }
    }

    public static RuleSet create(Terms terms, String createdBy, OffsetDateTime at) {
        RuleSet rule = new RuleSet();
        rule.id = NewIds.next();
        rule.createdBy = createdBy;
        rule.createdAt = at;
        rule.apply(terms);
        return rule;
    }

    /** Changes the row's terms; the caller audits the change. */
    public void update(Terms terms) {
        apply(terms);
    }

    private void apply(Terms t) {
        if (t.validTo() != null && t.validTo().isBefore(t.validFrom())) {
            throw new RuleViolation("validTo " + t.validTo() + " is before validFrom " + t.validFrom());
        }
        if (t.refundRate().signum() < 0 || t.refundRate().compareTo(BigDecimal.ONE) > 0) {
            throw new RuleViolation("refundRate must be between 0 and 1: " + t.refundRate());
        }
        if (!t.ceilingKind().limits() && t.ceilingAmount() != null) {
            throw new RuleViolation("a rule without a ceiling cannot have a ceiling amount");
        }
        regime = t.regime();
        legalBasis = t.legalBasis();
        targetGroup = t.targetGroup();
        expenseType = t.expenseType();
        municipality = t.municipality();
        refundRate = t.refundRate();
        ceilingKind = t.ceilingKind();
        ceilingAmount = t.ceilingAmount() == null ? null : Money.of(t.ceilingAmount());
        accountCode = t.accountCode();
        claimPeriod = t.claimPeriod();
        validFrom = t.validFrom();
        validTo = t.validTo();
        status = t.status();
        sharedFrame = t.sharedFrame();
        refundRounding = t.refundRounding();
        sourceNote = t.sourceNote();
    }

    /** Whether this row judges an expense of that basis, type and date, for that citizen and municipality. */
    public boolean appliesTo(String basis, ExpenseType type, Collection<String> citizenTargetGroups,
                             String payingMunicipality, LocalDate date) {
        return legalBasis.equals(basis) && expenseType == type && inForceOn(date)
                && (targetGroup == null || citizenTargetGroups.contains(targetGroup))
                && (municipality == null || municipality.equals(payingMunicipality));
    }

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    /** Whether the row is in force on any day of the year. */
    public boolean inForceDuring(int year) {
        return !validFrom.isAfter(LocalDate.of(year, 12, 31)) && (validTo == null || validTo.getYear() >= year);
    }

    /** Whether the two rows could both judge the same expense on the same day. */
    public boolean overlaps(Terms other) {
        boolean sameKey = legalBasis.equals(other.legalBasis()) && expenseType == other.expenseType()
                && Objects.equals(targetGroup, other.targetGroup()) && Objects.equals(municipality, other.municipality());
        boolean datesMeet = (other.validTo() == null || !other.validTo().isBefore(validFrom))
                && (validTo == null || !validTo.isBefore(other.validFrom()));
        return sameKey && datesMeet;
    }

    /** A municipality's own row beats a general one, and a target group's row beats one for everybody. */
    public int specificity() {
        return (municipality == null ? 0 : 2) + (targetGroup == null ? 0 : 1);
    }

    /** The row as plain values, for the change log. */
    public Map<String, Object> describe() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("id", id);
        values.put("regime", regime);
        values.put("legalBasis", legalBasis);
        values.put("targetGroup", targetGroup);
        values.put("expenseType", expenseType);
        values.put("municipality", municipality);
        values.put("refundRate", refundRate);
        values.put("ceilingKind", ceilingKind);
        values.put("ceilingAmount", ceilingAmount);
        values.put("accountCode", accountCode);
        values.put("claimPeriod", claimPeriod);
        values.put("validFrom", validFrom == null ? null : validFrom.toString());
        values.put("validTo", validTo == null ? null : validTo.toString());
        values.put("status", status);
        values.put("sharedFrame", sharedFrame);
        values.put("refundRounding", refundRounding);
        values.put("sourceNote", sourceNote);
        return values;
    }

    public UUID id() { return id; }
    public String regime() { return regime; }
    public String legalBasis() { return legalBasis; }
    public String targetGroup() { return targetGroup; }
    public ExpenseType expenseType() { return expenseType; }
    public String municipality() { return municipality; }
    public BigDecimal refundRate() { return refundRate; }
    public CeilingKind ceilingKind() { return ceilingKind; }
    public BigDecimal ceilingAmount() { return ceilingAmount; }
    public String accountCode() { return accountCode; }
    public ClaimPeriod claimPeriod() { return claimPeriod; }
    public LocalDate validFrom() { return validFrom; }
    public LocalDate validTo() { return validTo; }
    public RuleStatus status() { return status; }
    /** Whether a figure or fact of the rule is still open: the old flag, kept for the API. */
    public boolean placeholder() { return status == RuleStatus.PLACEHOLDER; }
    public boolean sharedFrame() { return sharedFrame; }
    public RefundRounding refundRounding() { return refundRounding; }
    public String sourceNote() { return sourceNote; }
    public long version() { return version; }
    public String createdBy() { return createdBy; }
    public OffsetDateTime createdAt() { return createdAt; }
}
