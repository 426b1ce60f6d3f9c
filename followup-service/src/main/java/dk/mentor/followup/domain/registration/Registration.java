package dk.mentor.followup.domain.registration;

import dk.mentor.contracts.codes.ClosureOutcome;
import dk.mentor.contracts.ids.NewIds;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One registration of the dataset of seed 003 p.4 on a plan: at start, every 3 months, or at closure.
 * Every answer is a typed column with coded values, so programmes can count them across municipalities.
 */
@Entity
@Table(name = "registration")
public class Registration {

    @Id
    private UUID id;
    @Column(name = "plan_id", nullable = false)
    private UUID planId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RegistrationKind kind;
    @Column(name = "registered_on", nullable = false)
    private LocalDate registeredOn;

    @Enumerated(EnumType.STRING) @Column(name = "age_band")
    private AgeBand ageBand;
    @Enumerated(EnumType.STRING)
    private Gender gender;
    @Enumerated(EnumType.STRING) @Column(name = "match_group")
    private MatchGroup matchGroup;
    @Enumerated(EnumType.STRING) @Column(name = "education_level")
    private EducationLevel educationLevel;
    @Enumerated(EnumType.STRING) @Column(name = "job_experience")
    private JobExperience jobExperience;
    @Enumerated(EnumType.STRING) @Column(name = "benefit_type")
    private BenefitType benefitType;
    @Enumerated(EnumType.STRING) @Column(name = "benefit_duration")
    private BenefitDuration benefitDuration;
    @Enumerated(EnumType.STRING)
    private Origin origin;
    @Enumerated(EnumType.STRING) @Column(name = "goal_kind")
    private GoalKind goalKind;
    @JdbcTypeCode(SqlTypes.ARRAY) @Column(name = "parallel_offers", nullable = false)
    private List<String> parallelOffers;
    @Column(name = "gradual_transition")
    private Boolean gradualTransition;
    @Enumerated(EnumType.STRING) @Column(name = "company_type")
    private CompanyType companyType;
    @Column(name = "praktik_tasks")
    private String praktikTasks;
    @Column(name = "company_mentor_used")
    private Boolean companyMentorUsed;
    @Column(name = "company_mentor_hours_per_week")
    private BigDecimal companyMentorHoursPerWeek;
    @Column(name = "company_mentor_monthly_cost")
    private BigDecimal companyMentorMonthlyCost;
    @Column(name = "praktik_hours_per_week")
    private BigDecimal praktikHoursPerWeek;

    @Column(name = "hours_increased")
    private Boolean hoursIncreased;
    @Column(name = "new_tasks")
    private Boolean newTasks;
    @Column(name = "praktik_completed")
    private Boolean praktikCompleted;
    @Column(name = "support_company_mentor")
    private Boolean supportCompanyMentor;
    @Column(name = "support_other_person")
    private Boolean supportOtherPerson;
    @Column(name = "support_jobcentre_follow_up")
    private Boolean supportJobcentreFollowUp;
    @Column(name = "new_parallel_efforts")
    private Boolean newParallelEfforts;

    @Enumerated(EnumType.STRING) @Column(name = "closure_status")
    private ClosureOutcome closureStatus;
    @Column(name = "praktik_count")
    private Integer praktikCount;
    @Column(name = "had_parallel_efforts")
    private Boolean hadParallelEfforts;
    @Column(name = "had_mentor_support")
    private Boolean hadMentorSupport;
    @Column(name = "had_municipal_follow_up")
    private Boolean hadMunicipalFollowUp;
    @JdbcTypeCode(SqlTypes.ARRAY) @Column(name = "planned_efforts", nullable = false)
    private List<String> plannedEfforts;

    /** Answers of a quarterly registration recorded before the dataset was typed that have no column. */
    @JdbcTypeCode(SqlTypes.JSON) @Column(name = "unmapped_answers", nullable = false)
    private Map<String, String> unmappedAnswers;
    /** The follow-up this registration clears in the alert schedule (a quarterly one). */
    @Column(name = "follow_up_id")
    private UUID followUpId;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Registration() {
    }

    /** Checks the answers against the kind (422 with the fields at fault) and builds the registration. */
    public static Registration record(UUID planId, RegistrationKind kind, LocalDate registeredOn, RegistrationAnswers a,
                                      UUID followUpId, String recordedBy, Instant now) {
        RegistrationRules.check(kind, a);
        Registration r = new Registration();
        r.id = NewIds.next();
        r.planId = planId;
        r.kind = kind;
        r.registeredOn = registeredOn;
        r.ageBand = a.ageBand();
        r.gender = a.gender();
        r.matchGroup = a.matchGroup();
        r.educationLevel = a.educationLevel();
        r.jobExperience = a.jobExperience();
        r.benefitType = a.benefitType();
        r.benefitDuration = a.benefitDuration();
        r.origin = a.origin();
        r.goalKind = a.goalKind();
        r.parallelOffers = names(a.parallelOffers());
        r.gradualTransition = a.gradualTransition();
        r.companyType = a.companyType();
        r.praktikTasks = a.praktikTasks();
        r.companyMentorUsed = a.companyMentorUsed();
        r.companyMentorHoursPerWeek = a.companyMentorHoursPerWeek();
        r.companyMentorMonthlyCost = a.companyMentorMonthlyCost();
        r.praktikHoursPerWeek = a.praktikHoursPerWeek();
        r.hoursIncreased = a.hoursIncreased();
        r.newTasks = a.newTasks();
        r.praktikCompleted = a.praktikCompleted();
        r.supportCompanyMentor = a.supportCompanyMentor();
        r.supportOtherPerson = a.supportOtherPerson();
        r.supportJobcentreFollowUp = a.supportJobcentreFollowUp();
        r.newParallelEfforts = a.newParallelEfforts();
        r.closureStatus = a.closureStatus();
        r.praktikCount = a.praktikCount();
        r.hadParallelEfforts = a.hadParallelEfforts();
        r.hadMentorSupport = a.hadMentorSupport();
        r.hadMunicipalFollowUp = a.hadMunicipalFollowUp();
        r.plannedEfforts = names(a.plannedEfforts());
        r.unmappedAnswers = Map.of();
        r.followUpId = followUpId;
        r.recordedBy = recordedBy;
        r.recordedAt = now;
        return r;
    }

    private static List<String> names(Collection<? extends Enum<?>> codes) {
        return codes.stream().map(Enum::name).sorted().toList();
    }

    private static <E extends Enum<E>> Set<E> codes(List<String> names, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        names.forEach(n -> set.add(Enum.valueOf(type, n)));
        return set;
    }

    /** The typed answers, as they were given. */
    public RegistrationAnswers answers() {
        return new RegistrationAnswers(ageBand, gender, matchGroup, educationLevel, jobExperience, benefitType,
                benefitDuration, origin, goalKind, codes(parallelOffers, ParallelOffer.class), gradualTransition,
                companyType, praktikTasks, companyMentorUsed, companyMentorHoursPerWeek, companyMentorMonthlyCost,
                praktikHoursPerWeek, hoursIncreased, newTasks, praktikCompleted, supportCompanyMentor,
                supportOtherPerson, supportJobcentreFollowUp, newParallelEfforts, closureStatus, praktikCount,
                hadParallelEfforts, hadMentorSupport, hadMunicipalFollowUp, codes(plannedEfforts, PlannedEffort.class));
    }

    public UUID id() { return id; }
    public UUID planId() { return planId; }
    public RegistrationKind kind() { return kind; }
    public LocalDate registeredOn() { return registeredOn; }
    public ClosureOutcome closureStatus() { return closureStatus; }
    public BigDecimal companyMentorMonthlyCost() { return companyMentorMonthlyCost; }
    public Map<String, String> unmappedAnswers() { return unmappedAnswers; }
    public UUID followUpId() { return followUpId; }
    public String recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
}
