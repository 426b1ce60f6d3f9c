package dk.mentor.followup.domain;

import dk.mentor.contracts.rules.RuleViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the written placement agreement states (seed 002 p.12, seed 003 p.2; form F4): the person and
 * the special considerations the company must take, the tasks, hours and duration, purpose, goals and
 * sub-goals, who does what (job centre, company, company mentor), and what happens at a no-show or a
 * long sick leave. Each is required, and a missing one is named, as for mentor agreements.
 *
 * @param companyMentorResponsibilities required only when the placement has a company mentor
 */
public record PlacementTerms(String personAndConsiderations, String tasks, BigDecimal hoursPerWeek,
                             String workingHours, LocalDate periodFrom, LocalDate periodTo, String purpose,
                             String goals, List<String> subGoals, String jobCentreResponsibilities,
                             String companyResponsibilities, String companyMentorResponsibilities,
                             String noShowProcedure, String sickLeaveProcedure) {

    public PlacementTerms {
        subGoals = subGoals == null ? List.of() : List.copyOf(subGoals);
    }

    /** The required terms that are missing or blank, by field name, in the order of the form. */
    public List<RuleViolation.FieldIssue> missing(boolean withCompanyMentor) {
        RequiredFields required = new RequiredFields("a placement agreement")
                .text(personAndConsiderations, "personAndConsiderations").text(tasks, "tasks")
                .present(hoursPerWeek, "hoursPerWeek").text(workingHours, "workingHours")
                .present(periodFrom, "periodFrom").present(periodTo, "periodTo").text(purpose, "purpose")
                .text(goals, "goals").text(jobCentreResponsibilities, "jobCentreResponsibilities")
                .text(companyResponsibilities, "companyResponsibilities");
        if (withCompanyMentor) {
            required.text(companyMentorResponsibilities, "companyMentorResponsibilities");
        }
        return required.text(noShowProcedure, "noShowProcedure").text(sickLeaveProcedure, "sickLeaveProcedure").missing();
    }
}
