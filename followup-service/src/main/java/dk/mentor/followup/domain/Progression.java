package dk.mentor.followup.domain;

import dk.mentor.contracts.ids.NewIds;
import dk.mentor.contracts.rules.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One progression rating: "where are you relative to the labour market" from 1 to 10, the answers to
 * the two follow-up questions (seed 000 p.27), and optional dimension scores.
 */
@Entity
@Table(name = "progression")
public class Progression {

    @Id
    private UUID id;
    @Column(name = "plan_id", nullable = false)
    private UUID planId;
    @Column(name = "rated_on", nullable = false)
    private LocalDate ratedOn;
    @Column(name = "labour_market_score", nullable = false)
    private int labourMarketScore;
    /** "What is needed to move one step up the scale?" */
    @Column(name = "next_step")
    private String nextStep;
    /** "How can I as mentor support you in that?" */
    @Column(name = "mentor_support")
    private String mentorSupport;
    private Integer motivation;
    @Column(name = "personal_resources")
    private Integer personalResources;
    @Column(name = "professional_skills")
    private Integer professionalSkills;
    private Integer network;
    private Integer economy;
    private Integer health;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Progression() {
    }

    public static Progression rate(UUID planId, LocalDate ratedOn, int labourMarketScore, String nextStep,
                                   String mentorSupport, Map<Dimension, Integer> dimensions, String recordedBy,
                                   Instant now) {
        List<RuleViolation.FieldIssue> issues = new ArrayList<>();
        score(labourMarketScore, "labourMarketScore", issues);
        dimensions.forEach((d, s) -> score(s, "dimensions." + d, issues));
        if (!issues.isEmpty()) {
            throw new RuleViolation("Scores run from 1 to 10", issues);
        }
        Progression p = new Progression();
        p.id = NewIds.next();
        p.planId = planId;
        p.ratedOn = ratedOn;
        p.labourMarketScore = labourMarketScore;
        p.nextStep = nextStep;
        p.mentorSupport = mentorSupport;
        p.motivation = dimensions.get(Dimension.MOTIVATION);
        p.personalResources = dimensions.get(Dimension.PERSONAL_RESOURCES);
        p.professionalSkills = dimensions.get(Dimension.PROFESSIONAL_SKILLS);
        p.network = dimensions.get(Dimension.NETWORK);
        p.economy = dimensions.get(Dimension.ECONOMY);
        p.health = dimensions.get(Dimension.HEALTH);
        p.recordedBy = recordedBy;
        p.recordedAt = now;
        return p;
    }

    private static void score(Integer score, String field, List<RuleViolation.FieldIssue> issues) {
        if (score == null || score < 1 || score > 10) {
            issues.add(new RuleViolation.FieldIssue(field, "must be 1 to 10"));
        }
    }

    /** The dimensions that were rated, in their fixed order. */
    public Map<Dimension, Integer> dimensions() {
        Map<Dimension, Integer> scores = new EnumMap<>(Dimension.class);
        put(scores, Dimension.MOTIVATION, motivation);
        put(scores, Dimension.PERSONAL_RESOURCES, personalResources);
        put(scores, Dimension.PROFESSIONAL_SKILLS, professionalSkills);
        put(scores, Dimension.NETWORK, network);
        put(scores, Dimension.ECONOMY, economy);
        put(scores, Dimension.HEALTH, health);
        return scores;
    }

    private static void put(Map<Dimension, Integer> scores, Dimension d, Integer value) {
        if (value != null) {
            scores.put(d, value);
        }
    }

    public UUID id() { return id; }
    public UUID planId() { return planId; }
    public LocalDate ratedOn() { return ratedOn; }
    public int labourMarketScore() { return labourMarketScore; }
    public String nextStep() { return nextStep; }
    public String mentorSupport() { return mentorSupport; }
    public String recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
}
