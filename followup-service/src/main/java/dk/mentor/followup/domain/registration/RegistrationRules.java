package dk.mentor.followup.domain.registration;

import static dk.mentor.followup.domain.registration.RegistrationKind.CLOSURE;
import static dk.mentor.followup.domain.registration.RegistrationKind.QUARTERLY;
import static dk.mentor.followup.domain.registration.RegistrationKind.START;

import dk.mentor.contracts.rules.RuleViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Which answers a registration of each kind must and may carry (seed 003 p.4), their ranges, and the
 * order of a plan's registrations: one start first, quarterly ones while the course runs, one closure last.
 */
public final class RegistrationRules {

    /** A praktik or a company mentor's week cannot exceed a full-time week (37 hours). */
    static final BigDecimal FULL_WEEK = new BigDecimal("37");
    static final BigDecimal MAX_MONTHLY_COST = new BigDecimal("1000000");
    static final int MAX_PRAKTIK_COUNT = 50;
    /** The dataset is shared across municipalities, so its one free-text field must not carry a CPR number. */
    private static final Pattern CPR_LIKE = Pattern.compile("\\d{6}-?\\d{4}");

    private record Field(String name, Set<RegistrationKind> required, Set<RegistrationKind> allowed,
                         Function<RegistrationAnswers, Object> value) {
    }

    private static final Set<RegistrationKind> AT_START = EnumSet.of(START);
    private static final Set<RegistrationKind> QUARTERLY_ONLY = EnumSet.of(QUARTERLY);
    private static final Set<RegistrationKind> AT_CLOSURE = EnumSet.of(CLOSURE);
    private static final Set<RegistrationKind> NONE = EnumSet.noneOf(RegistrationKind.class);

    private static final List<Field> FIELDS = List.of(
            new Field("ageBand", AT_START, AT_START, RegistrationAnswers::ageBand),
            new Field("gender", AT_START, AT_START, RegistrationAnswers::gender),
            new Field("matchGroup", AT_START, AT_START, RegistrationAnswers::matchGroup),
            new Field("educationLevel", AT_START, AT_START, RegistrationAnswers::educationLevel),
            new Field("jobExperience", AT_START, AT_START, RegistrationAnswers::jobExperience),
            new Field("benefitType", AT_START, AT_START, RegistrationAnswers::benefitType),
            new Field("benefitDuration", AT_START, AT_START, RegistrationAnswers::benefitDuration),
            new Field("origin", AT_START, AT_START, RegistrationAnswers::origin),
            new Field("goalKind", AT_START, AT_START, RegistrationAnswers::goalKind),
            new Field("parallelOffers", NONE, AT_START, a -> a.parallelOffers().isEmpty() ? null : a.parallelOffers()),
            new Field("gradualTransition", AT_START, AT_START, RegistrationAnswers::gradualTransition),
            new Field("companyType", AT_START, AT_START, RegistrationAnswers::companyType),
            new Field("praktikTasks", NONE, AT_START, RegistrationAnswers::praktikTasks),
            new Field("companyMentorUsed", AT_START, AT_START, RegistrationAnswers::companyMentorUsed),
            new Field("companyMentorHoursPerWeek", NONE, AT_START, RegistrationAnswers::companyMentorHoursPerWeek),
            new Field("companyMentorMonthlyCost", NONE, AT_START, RegistrationAnswers::companyMentorMonthlyCost),
            new Field("praktikHoursPerWeek", AT_START, EnumSet.of(START, QUARTERLY), RegistrationAnswers::praktikHoursPerWeek),
            new Field("hoursIncreased", QUARTERLY_ONLY, QUARTERLY_ONLY, RegistrationAnswers::hoursIncreased),
            new Field("newTasks", QUARTERLY_ONLY, QUARTERLY_ONLY, RegistrationAnswers::newTasks),
            new Field("praktikCompleted", QUARTERLY_ONLY, QUARTERLY_ONLY, RegistrationAnswers::praktikCompleted),
            new Field("supportCompanyMentor", QUARTERLY_ONLY, QUARTERLY_ONLY, RegistrationAnswers::supportCompanyMentor),
            new Field("supportOtherPerson", QUARTERLY_ONLY, QUARTERLY_ONLY, RegistrationAnswers::supportOtherPerson),
            new Field("supportJobcentreFollowUp", QUARTERLY_ONLY, QUARTERLY_ONLY, RegistrationAnswers::supportJobcentreFollowUp),
            new Field("newParallelEfforts", QUARTERLY_ONLY, QUARTERLY_ONLY, RegistrationAnswers::newParallelEfforts),
            new Field("closureStatus", AT_CLOSURE, AT_CLOSURE, RegistrationAnswers::closureStatus),
            new Field("praktikCount", AT_CLOSURE, AT_CLOSURE, RegistrationAnswers::praktikCount),
            new Field("hadParallelEfforts", AT_CLOSURE, AT_CLOSURE, RegistrationAnswers::hadParallelEfforts),
            new Field("hadMentorSupport", AT_CLOSURE, AT_CLOSURE, RegistrationAnswers::hadMentorSupport),
            new Field("hadMunicipalFollowUp", AT_CLOSURE, AT_CLOSURE, RegistrationAnswers::hadMunicipalFollowUp),
            new Field("plannedEfforts", NONE, AT_CLOSURE, a -> a.plannedEfforts().isEmpty() ? null : a.plannedEfforts()));

    private RegistrationRules() {
    }

    /** Every answer the kind requires is there, none that belongs to another kind, and each is in range. */
    public static void check(RegistrationKind kind, RegistrationAnswers a) {
        List<RuleViolation.FieldIssue> issues = new ArrayList<>();
        for (Field f : FIELDS) {
            Object value = f.value().apply(a);
            if (value == null && f.required().contains(kind)) {
                issues.add(new RuleViolation.FieldIssue(f.name(), "is required in a " + kind + " registration"));
            } else if (value != null && !f.allowed().contains(kind)) {
                issues.add(new RuleViolation.FieldIssue(f.name(), "belongs to a " + f.allowed() + " registration, not " + kind));
            }
        }
        range(a.praktikHoursPerWeek(), FULL_WEEK, "praktikHoursPerWeek", issues);
        range(a.companyMentorHoursPerWeek(), FULL_WEEK, "companyMentorHoursPerWeek", issues);
        range(a.companyMentorMonthlyCost(), MAX_MONTHLY_COST, "companyMentorMonthlyCost", issues);
        if (a.praktikCount() != null && (a.praktikCount() < 0 || a.praktikCount() > MAX_PRAKTIK_COUNT)) {
            issues.add(new RuleViolation.FieldIssue("praktikCount", "must be between 0 and " + MAX_PRAKTIK_COUNT));
        }
        if (Boolean.FALSE.equals(a.companyMentorUsed())
                && (a.companyMentorHoursPerWeek() != null || a.companyMentorMonthlyCost() != null)) {
            issues.add(new RuleViolation.FieldIssue("companyMentorUsed",
                    "is false, so the company mentor's hours and cost must be left out"));
        }
        if (a.praktikTasks() != null && CPR_LIKE.matcher(a.praktikTasks()).find()) {
            issues.add(new RuleViolation.FieldIssue("praktikTasks", "must describe the tasks without personal identifiers"));
        }
        if (a.plannedEfforts().contains(PlannedEffort.NONE) && a.plannedEfforts().size() > 1) {
            issues.add(new RuleViolation.FieldIssue("plannedEfforts", "NONE cannot be combined with other efforts"));
        }
        if (!issues.isEmpty()) {
            throw new RuleViolation("The " + kind + " registration's answers do not fit the registration dataset", issues);
        }
    }

    private static void range(BigDecimal value, BigDecimal max, String field, List<RuleViolation.FieldIssue> issues) {
        if (value != null && (value.signum() < 0 || value.compareTo(max) > 0)) {
            issues.add(new RuleViolation.FieldIssue(field, "must be between 0 and " + max.toPlainString()));
        }
    }

    /**
     * Where a new registration may stand among the plan's earlier ones: the start comes first and once,
     * nothing follows the closure, and none is dated before the start, before the plan opened or in the future.
     */
    public static void sequence(Collection<Registration> earlier, RegistrationKind kind, LocalDate on,
                                LocalDate planOpenedOn, LocalDate today) {
        if (on.isAfter(today)) {
            throw RuleViolation.onField("A registration records what was", "registeredOn", "must not be in the future");
        }
        if (on.isBefore(planOpenedOn)) {
            throw RuleViolation.onField("A registration belongs to the plan's course", "registeredOn",
                    "must not be before the plan opened (" + planOpenedOn + ")");
        }
        if (earlier.stream().anyMatch(r -> r.kind() == CLOSURE)) {
            throw RuleViolation.stateConflict("The plan's course has a closure registration; nothing follows it");
        }
        LocalDate start = earlier.stream().filter(r -> r.kind() == START).map(Registration::registeredOn).findFirst().orElse(null);
        if (kind == START && start != null) {
            throw RuleViolation.stateConflict("The plan already has its start registration (" + start + ")");
        }
        if (kind != START && start == null) {
            throw RuleViolation.stateConflict("A " + kind + " registration needs the plan's start registration first");
        }
        if (start != null && on.isBefore(start)) {
            throw RuleViolation.onField("A registration follows the start", "registeredOn",
                    "must not be before the start registration (" + start + ")");
        }
    }
}
