package dk.mentor.matching.domain;

import dk.mentor.contracts.ids.NewIds;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;

/**
 * One effective-dated row of eligibility: under a legal basis, a kind of mentor may (ALLOW) or may not
 * (DENY) serve citizens of a target group and match group. An empty kind, target group or match group
 * matches every one. Rows are added, never changed: a rule that ends gets a last day by a new row's
 * DENY or, when an administrator adds the follow-up, by its own {@code validTo} given at creation.
 */
@Entity
@Table(name = "eligibility_rule")
public class EligibilityRule {

    public enum Effect { ALLOW, DENY }

    /** What an administrator states when adding a row. */
    public record Terms(String code, String legalBasis, Effect effect, String mentorKind, String targetGroup,
                        Integer matchGroup, LocalDate validFrom, LocalDate validTo, String title, String source) {
    }

    @Id
    private UUID id;
    @Column(nullable = false)
    private String code;
    @Column(name = "legal_basis", nullable = false)
    private String legalBasis;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Effect effect;
    @Column(name = "mentor_kind")
    private String mentorKind;
    @Column(name = "target_group")
    private String targetGroup;
    @Column(name = "match_group")
    private Integer matchGroup;
    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;
    @Column(name = "valid_to")
    private LocalDate validTo;
    @Column(nullable = false)
    private String title;
    @Column(nullable = false)
    private String source;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected EligibilityRule() {
    }

    public static EligibilityRule add(Terms t, String createdBy, Instant now) {
        EligibilityRule rule = new EligibilityRule();
        rule.id = NewIds.next();
        rule.code = t.code();
        rule.legalBasis = t.legalBasis();
        rule.effect = t.effect();
        rule.mentorKind = t.mentorKind();
        rule.targetGroup = t.targetGroup();
        rule.matchGroup = t.matchGroup();
        rule.validFrom = t.validFrom();
        rule.validTo = t.validTo();
        rule.title = t.title();
        rule.source = t.source();
        rule.createdBy = createdBy;
        rule.createdAt = now;
        return rule;
    }

    /** Whether the row is in force on that day (both ends inclusive). */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /**
     * Whether the row speaks of this citizen: a row for a target group needs that group among the
     * referral's, a row for a match group needs the referral to be in it.
     */
    public boolean concerns(Collection<String> targetGroups, Integer citizensMatchGroup) {
        return (targetGroup == null || targetGroups.contains(targetGroup))
                && (matchGroup == null || matchGroup.equals(citizensMatchGroup));
    }

    public boolean covers(String kind) {
        return mentorKind == null || mentorKind.equals(kind);
    }

    public UUID id() { return id; }
    public String code() { return code; }
    public String legalBasis() { return legalBasis; }
    public Effect effect() { return effect; }
    public String mentorKind() { return mentorKind; }
    public String targetGroup() { return targetGroup; }
    public Integer matchGroup() { return matchGroup; }
    public LocalDate validFrom() { return validFrom; }
    public LocalDate validTo() { return validTo; }
    public String title() { return title; }
    public String source() { return source; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
}
