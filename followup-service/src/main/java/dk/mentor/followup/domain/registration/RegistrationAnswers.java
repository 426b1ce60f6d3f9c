package dk.mentor.followup.domain.registration;

import dk.mentor.contracts.codes.ClosureOutcome;
import java.math.BigDecimal;
import java.util.Set;

/**
 * The answers of one registration (seed 003 p.4), each a typed, coded field. Which fields belong to
 * which kind is decided by {@link RegistrationRules}: a start describes the citizen and the praktik,
 * a quarterly registration ticks what changed, a closure gives the status and the efforts.
 */
public record RegistrationAnswers(
        // at start
        AgeBand ageBand, Gender gender, MatchGroup matchGroup, EducationLevel educationLevel,
        JobExperience jobExperience, BenefitType benefitType, BenefitDuration benefitDuration, Origin origin,
        GoalKind goalKind, Set<ParallelOffer> parallelOffers, Boolean gradualTransition, CompanyType companyType,
        String praktikTasks, Boolean companyMentorUsed, BigDecimal companyMentorHoursPerWeek,
        BigDecimal companyMentorMonthlyCost,
        // at start and every 3 months
        BigDecimal praktikHoursPerWeek,
        // every 3 months
        Boolean hoursIncreased, Boolean newTasks, Boolean praktikCompleted, Boolean supportCompanyMentor,
        Boolean supportOtherPerson, Boolean supportJobcentreFollowUp, Boolean newParallelEfforts,
        // at closure
        ClosureOutcome closureStatus, Integer praktikCount, Boolean hadParallelEfforts, Boolean hadMentorSupport,
        Boolean hadMunicipalFollowUp, Set<PlannedEffort> plannedEfforts) {

    public RegistrationAnswers {
        parallelOffers = parallelOffers == null ? Set.of() : Set.copyOf(parallelOffers);
        plannedEfforts = plannedEfforts == null ? Set.of() : Set.copyOf(plannedEfforts);
    }
}
