package dk.mentor.followup.domain;

import dk.mentor.contracts.rules.RuleViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a mentor agreement must state. STAR's audit found agreements missing these, so each one is
 * required and a missing one is named (landscape-and-law §5.1).
 */
public record AgreementTerms(String goal, String mentorName, String mentorContact, String tasks, LocalDate periodFrom,
                             LocalDate periodTo, BigDecimal hoursPerWeek, String complaintGuidance,
                             boolean activation, UUID renews, String renewalAssessment) {

    /** The required terms that are missing or blank, by field name, in the order of the form. */
    public List<RuleViolation.FieldIssue> missing() {
        return new RequiredFields("a mentor agreement").text(goal, "goal").text(mentorName, "mentorName")
                .text(mentorContact, "mentorContact").text(tasks, "tasks").present(periodFrom, "periodFrom")
                .present(periodTo, "periodTo").present(hoursPerWeek, "hoursPerWeek")
                .text(complaintGuidance, "complaintGuidance").missing();
    }
}
