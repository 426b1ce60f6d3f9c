package dk.mentor.refusion.application;

import dk.mentor.kit.access.Caller;
import dk.mentor.kit.api.Versions;
import dk.mentor.kit.codes.CodeList;
import dk.mentor.kit.codes.CodeLists;
import dk.mentor.kit.problem.ProblemException;
import dk.mentor.refusion.domain.MentorBudget;
import dk.mentor.refusion.infra.persistence.LedgerRepository;
import dk.mentor.refusion.infra.persistence.MentorBudgetRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Planned mentor hours per target group and year, set by the municipality and read against the ledger. */
@ApplicationScoped
public class ManageMentorBudgets {

    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;
    private static final BigDecimal MAX_HOURS = new BigDecimal("99999999.99");

    @Inject
    MentorBudgetRepository budgets;

    @Inject
    LedgerRepository ledger;

    @Inject
    MunicipalityEconomy economy;

    @Inject
    Caller caller;

    @Inject
    CodeLists codeLists;

    /** Sets the planned hours: a new budget needs no If-Match, a change needs the version read. */
    @Transactional
    public MentorBudget set(String municipality, int year, String targetGroup, BigDecimal hours, String ifMatch) {
        requireYear(year);
        codeLists.requireInForceDuring(CodeList.TARGET_GROUP, targetGroup, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                "targetGroup");
        if (hours == null || hours.signum() < 0 || hours.scale() > 2 || hours.compareTo(MAX_HOURS) > 0) {
            throw ProblemException.invalidField("plannedHours", "0 or more hours with at most two decimals is required");
        }
        economy.require(municipality, "mentor-budget", "update");
        String key = municipality + "/" + year + "/" + targetGroup;
        Optional<MentorBudgetRepository.Planned> current = budgets.findForUpdate(municipality, year, targetGroup);
        if (current.isPresent()) {
            Versions.requireMatch(ifMatch, current.get().version(), "mentor budget", key);
            budgets.update(municipality, year, targetGroup, hours, current.get().version() + 1, caller.username());
        } else if (!budgets.insert(municipality, year, targetGroup, hours, caller.username())) {
            throw ProblemException.conflict("The budget " + key + " was created by someone else just now; read it and retry");
        }
        return one(municipality, year, targetGroup);
    }

    @Transactional
    public MentorBudget get(String municipality, int year, String targetGroup) {
        requireYear(year);
        codeLists.requireKnown(CodeList.TARGET_GROUP, targetGroup, "targetGroup");
        economy.requireReadable(municipality, "mentor-budget");
        MentorBudget budget = one(municipality, year, targetGroup);
        if (budget.plannedHours() == null) {
            throw ProblemException.notFound("mentor budget", budget.key());
        }
        return budget;
    }

    /** Every target group with planned or actual hours in the year, by target group name. */
    @Transactional
    public List<MentorBudget> ofYear(String municipality, Integer year) {
        if (year == null) {
            throw ProblemException.invalidField("year", "the year is required");
        }
        requireYear(year);
        economy.requireReadable(municipality, "mentor-budget");
        Map<String, MentorBudgetRepository.Planned> planned = budgets.ofYear(municipality, year);
        Map<String, Long> actual = ledger.mentorMinutesByTargetGroup(municipality, year);
        TreeSet<String> groups = new TreeSet<>(planned.keySet());
        groups.addAll(actual.keySet());
        List<MentorBudget> rows = new ArrayList<>();
        for (String group : groups) {
            MentorBudgetRepository.Planned p = planned.get(group);
            rows.add(new MentorBudget(municipality, year, group, p == null ? null : p.hours(), p == null ? 0 : p.version(),
                    actual.getOrDefault(group, 0L)));
        }
        return rows;
    }

    private MentorBudget one(String municipality, int year, String targetGroup) {
        Optional<MentorBudgetRepository.Planned> p = budgets.find(municipality, year, targetGroup);
        long minutes = ledger.mentorMinutesByTargetGroup(municipality, year).getOrDefault(targetGroup, 0L);
        return new MentorBudget(municipality, year, targetGroup, p.map(MentorBudgetRepository.Planned::hours).orElse(null),
                p.map(MentorBudgetRepository.Planned::version).orElse(0L), minutes);
    }

    private static void requireYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw ProblemException.invalidField("year", "must be between " + FIRST_YEAR + " and " + LAST_YEAR);
        }
    }
}
