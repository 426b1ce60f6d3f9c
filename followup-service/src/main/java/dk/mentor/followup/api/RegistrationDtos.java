package dk.mentor.followup.api;

import dk.mentor.contracts.codes.ClosureOutcome;
import dk.mentor.followup.domain.registration.AgeBand;
import dk.mentor.followup.domain.registration.BenefitDuration;
import dk.mentor.followup.domain.registration.BenefitType;
import dk.mentor.followup.domain.registration.CompanyType;
import dk.mentor.followup.domain.registration.EducationLevel;
import dk.mentor.followup.domain.registration.Gender;
import dk.mentor.followup.domain.registration.GoalKind;
import dk.mentor.followup.domain.registration.JobExperience;
import dk.mentor.followup.domain.registration.MatchGroup;
import dk.mentor.followup.domain.registration.Origin;
import dk.mentor.followup.domain.registration.ParallelOffer;
import dk.mentor.followup.domain.registration.PlannedEffort;
import dk.mentor.followup.domain.registration.Registration;
import dk.mentor.followup.domain.registration.RegistrationAnswers;
import dk.mentor.followup.domain.registration.RegistrationKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request and answer bodies of the registration dataset (seed 003 p.4). */
final class RegistrationDtos {

    private RegistrationDtos() {
    }

    @Schema(name = "RegistrationAnswers", description = "The typed answers of one registration. A START registration describes"
            + " the citizen and the praktik, a QUARTERLY one ticks what changed, a CLOSURE gives the status and the efforts;"
            + " a field of another kind is refused (422). The codes' Danish labels: GET /api/v1/registration-codes.")
    record Answers(
            @Schema(description = "START: the citizen's age band.", example = "AGE_30_39") AgeBand ageBand,
            @Schema(description = "START: gender.", example = "FEMALE") Gender gender,
            @Schema(description = "START: match group.", example = "EFFORT_READY") MatchGroup matchGroup,
            @Schema(description = "START: highest completed education.", example = "PRIMARY_OR_NONE") EducationLevel educationLevel,
            @Schema(description = "START: work experience.", example = "UNDER_1_YEAR") JobExperience jobExperience,
            @Schema(description = "START: benefit at start (benefit history).", example = "CASH_BENEFIT") BenefitType benefitType,
            @Schema(description = "START: time on public benefits (benefit history).", example = "THREE_TO_5_YEARS") BenefitDuration benefitDuration,
            @Schema(description = "START: origin (herkomst).", example = "DANISH") Origin origin,
            @Schema(description = "START: what the long-term goal aims at.", example = "JOB") GoalKind goalKind,
            @Schema(description = "START: parallel offers under other legislation.", example = "[\"SOCIAL_MENTOR\"]") Set<ParallelOffer> parallelOffers,
            @Schema(description = "START: gradual transition into the praktik (trinvis udslusning).", example = "true") Boolean gradualTransition,
            @Schema(description = "START: the kind of company hosting the praktik.", example = "PRIVATE") CompanyType companyType,
            @Schema(description = "START: the praktik's tasks, in a few words (no personal details).", example = "Lager og pakning")
            @Size(max = 500) String praktikTasks,
            @Schema(description = "START: whether a company mentor is used.", example = "true") Boolean companyMentorUsed,
            @Schema(description = "START: the company mentor's hours a week, 0 to 37.", example = "2.5") BigDecimal companyMentorHoursPerWeek,
            @Schema(description = "START: the company mentor's cost a month in kroner (the economy of seed 003 p.4).", example = "1500.00")
            BigDecimal companyMentorMonthlyCost,
            @Schema(description = "START (required) and QUARTERLY: praktik hours a week, 0 to 37.", example = "12") BigDecimal praktikHoursPerWeek,
            @Schema(description = "QUARTERLY: the praktik's hours went up.", example = "true") Boolean hoursIncreased,
            @Schema(description = "QUARTERLY: new tasks or areas of responsibility.", example = "false") Boolean newTasks,
            @Schema(description = "QUARTERLY: the praktik was completed.", example = "false") Boolean praktikCompleted,
            @Schema(description = "QUARTERLY: support from the company mentor.", example = "true") Boolean supportCompanyMentor,
            @Schema(description = "QUARTERLY: support from other support persons.", example = "false") Boolean supportOtherPerson,
            @Schema(description = "QUARTERLY: follow-up by the jobcentre.", example = "true") Boolean supportJobcentreFollowUp,
            @Schema(description = "QUARTERLY: new supporting or parallel efforts started.", example = "false") Boolean newParallelEfforts,
            @Schema(description = "CLOSURE: the closure status.", example = "JOB") ClosureOutcome closureStatus,
            @Schema(description = "CLOSURE: number of virksomhedspraktikker in the course, 0 to 50.", example = "2") Integer praktikCount,
            @Schema(description = "CLOSURE: parallel efforts in the course.", example = "true") Boolean hadParallelEfforts,
            @Schema(description = "CLOSURE: mentor support in the course.", example = "true") Boolean hadMentorSupport,
            @Schema(description = "CLOSURE: municipal follow-up in the course.", example = "true") Boolean hadMunicipalFollowUp,
            @Schema(description = "CLOSURE: planned future efforts.", example = "[\"JOB_SEARCH\"]") Set<PlannedEffort> plannedEfforts) {

        RegistrationAnswers toDomain() {
            return new RegistrationAnswers(ageBand, gender, matchGroup, educationLevel, jobExperience, benefitType,
                    benefitDuration, origin, goalKind, parallelOffers, gradualTransition, companyType, praktikTasks,
                    companyMentorUsed, companyMentorHoursPerWeek, companyMentorMonthlyCost, praktikHoursPerWeek,
                    hoursIncreased, newTasks, praktikCompleted, supportCompanyMentor, supportOtherPerson,
                    supportJobcentreFollowUp, newParallelEfforts, closureStatus, praktikCount, hadParallelEfforts,
                    hadMentorSupport, hadMunicipalFollowUp, plannedEfforts);
        }

        static Answers from(RegistrationAnswers a) {
            return new Answers(a.ageBand(), a.gender(), a.matchGroup(), a.educationLevel(), a.jobExperience(),
                    a.benefitType(), a.benefitDuration(), a.origin(), a.goalKind(), a.parallelOffers(),
                    a.gradualTransition(), a.companyType(), a.praktikTasks(), a.companyMentorUsed(),
                    a.companyMentorHoursPerWeek(), a.companyMentorMonthlyCost(), a.praktikHoursPerWeek(),
                    a.hoursIncreased(), a.newTasks(), a.praktikCompleted(), a.supportCompanyMentor(),
                    a.supportOtherPerson(), a.supportJobcentreFollowUp(), a.newParallelEfforts(), a.closureStatus(),
                    a.praktikCount(), a.hadParallelEfforts(), a.hadMentorSupport(), a.hadMunicipalFollowUp(),
                    a.plannedEfforts());
        }
    }

    @Schema(name = "RegistrationRequest", description = "A registration of the dataset at start, every 3 months or at closure.")
    record RegistrationRequest(
            @Schema(required = true, description = "When it is made.", example = "START") @NotNull RegistrationKind kind,
            @Schema(description = "The day it describes; today if empty.", example = "2026-10-05") LocalDate registeredOn,
            @Schema(required = true, description = "The typed answers.") @NotNull @Valid Answers answers) {
    }

    @Schema(name = "Registration", description = "A recorded registration.")
    record RegistrationResponse(
            @Schema(description = "The registration's id.") UUID id,
            @Schema(description = "The plan.") UUID planId,
            @Schema(description = "When it was made.", example = "QUARTERLY") RegistrationKind kind,
            @Schema(description = "The day it describes.", example = "2027-01-05") LocalDate registeredOn,
            @Schema(description = "The typed answers.") Answers answers,
            @Schema(description = "Answers of a key/value registration recorded before the dataset was typed that have no"
                    + " typed field; empty for every registration recorded since.", example = "{}") Map<String, String> unmappedAnswers,
            @Schema(description = "The follow-up a quarterly registration recorded (it clears the alert).") UUID followUpId,
            @Schema(description = "Who recorded it.", example = "caseworker-aarhus") String recordedBy,
            @Schema(description = "When.") Instant recordedAt) {

        static RegistrationResponse from(Registration r) {
            return new RegistrationResponse(r.id(), r.planId(), r.kind(), r.registeredOn(), Answers.from(r.answers()),
                    r.unmappedAnswers(), r.followUpId(), r.recordedBy(), r.recordedAt());
        }
    }
}
