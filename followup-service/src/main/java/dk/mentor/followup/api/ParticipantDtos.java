package dk.mentor.followup.api;

import dk.mentor.contracts.codes.ParticipantRole;
import dk.mentor.followup.domain.MentorAgreement;
import dk.mentor.followup.domain.Participant;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

final class ParticipantDtos {

    private ParticipantDtos() {
    }

    @Schema(name = "AddParticipantRequest", description = "A person joining the plan in a role under a legal basis.")
    record AddParticipantRequest(
            @Schema(description = "The person's name as shown on the plan.", example = "Kim Støtte") @NotBlank @Size(max = 200) String displayName,
            @Schema(description = "The person's user name, if they log in; the same user name in two roles makes a double mentor.",
                    example = "mentor-kim") @Size(max = 200) String username,
            @Schema(description = "How to reach the person.", example = "+45 12 34 56 78") @Size(max = 200) String contact,
            @Schema(description = "The role on the plan.", example = "SUPPORT_CONTACT_PERSON_SEL85") @NotNull ParticipantRole role,
            @Schema(description = "The legal basis code the person acts under.", example = "SEL_85") @NotBlank String legalBasis,
            @Schema(description = "Agreed days between meetings; weekly by default, 14 for volunteers.", example = "7")
            @Min(1) @Max(92) Integer cadenceDays,
            @Schema(description = "First day on the plan; today if empty.", example = "2026-11-02") LocalDate startedOn) {
    }

    @Schema(name = "EndParticipationRequest", description = "Ends a participation.")
    record EndParticipationRequest(
            @Schema(description = "The last day; today if empty.", example = "2027-02-01") LocalDate endedOn) {
    }

    @Schema(name = "Participant", description = "A person on the plan in one role.")
    record ParticipantResponse(
            @Schema(description = "The participation's id.") UUID id,
            @Schema(description = "The person's name.", example = "Kim Støtte") String displayName,
            @Schema(description = "The person's user name.", example = "mentor-kim") String username,
            @Schema(description = "How to reach the person.", example = "+45 12 34 56 78") String contact,
            @Schema(description = "The role.", example = "LAB_MENTOR") ParticipantRole role,
            @Schema(description = "The legal basis code.", example = "LAB_167") String legalBasis,
            @Schema(description = "The mentor in the catalogue, for a mentorship's mentor.") UUID mentorId,
            @Schema(description = "The mentorship in matching-service, if the person joined through one.") UUID mentorshipId,
            @Schema(description = "Agreed days between meetings.", example = "7") int cadenceDays,
            @Schema(description = "First day.", example = "2026-11-02") LocalDate startedOn,
            @Schema(description = "Last day, once ended.", example = "2027-02-01") LocalDate endedOn,
            @Schema(description = "For a mentorship's mentor: the last day of the current grant; meetings after it are held from claims.",
                    example = "2027-05-01") LocalDate periodEndsOn,
            @Schema(description = "For a mentorship's mentor: the ordered hours per week.", example = "3") BigDecimal hoursPerWeek) {

        static ParticipantResponse from(Participant p) {
            return new ParticipantResponse(p.id(), p.displayName(), p.username(), p.contact(), p.role(), p.legalBasis(),
                    p.mentorId(), p.mentorshipId(), p.cadenceDays(), p.startedOn(), p.endedOn(), p.periodEndsOn(),
                    p.hoursPerWeek());
        }
    }

    @Schema(name = "MentorAgreementRequest", description = "A mentor agreement; every term STAR's audit asks for is required.")
    record AgreementRequest(
            @Schema(description = "The participation (mentor) the agreement is with.") UUID participantId,
            @Schema(description = "The goal of the mentor support.", example = "Keep the placement at the warehouse") @Size(max = 2000) String goal,
            @Schema(description = "The mentor's name.", example = "Hanne Mentor") @Size(max = 200) String mentorName,
            @Schema(description = "How to reach the mentor.", example = "hanne@example.dk") @Size(max = 200) String mentorContact,
            @Schema(description = "The mentor's tasks.", example = "Weekly talks; go along to the first week at work") @Size(max = 4000) String tasks,
            @Schema(description = "First day of the period.", example = "2026-11-02") LocalDate periodFrom,
            @Schema(description = "Last day of the period (LAB § 167: at most 6 months, the day before the same date six months on).", example = "2027-05-01") LocalDate periodTo,
            @Schema(description = "Mentor hours per week.", example = "3.5") BigDecimal hoursPerWeek,
            @Schema(description = "How the citizen may complain (klagevejledning).", example = "Complain to the job centre within 4 weeks")
            @Size(max = 4000) String complaintGuidance,
            @Schema(description = "Whether meetings count as activation, so a no-show is sanction-relevant.", example = "false") boolean activation,
            @Schema(description = "The agreement this one renews, if any.") UUID renews,
            @Schema(description = "The assessment behind a renewal; required when renewing.", example = "Progress from 3 to 5; continue")
            @Size(max = 4000) String renewalAssessment) {
    }

    @Schema(name = "MentorAgreement", description = "A mentor agreement.")
    record AgreementResponse(
            @Schema(description = "The agreement's id.") UUID id,
            @Schema(description = "The participation it is with.") UUID participantId,
            @Schema(description = "The goal.", example = "Keep the placement at the warehouse") String goal,
            @Schema(description = "The mentor's name.", example = "Hanne Mentor") String mentorName,
            @Schema(description = "How to reach the mentor.", example = "hanne@example.dk") String mentorContact,
            @Schema(description = "The tasks.", example = "Weekly talks") String tasks,
            @Schema(description = "First day.", example = "2026-11-02") LocalDate periodFrom,
            @Schema(description = "Last day.", example = "2027-05-01") LocalDate periodTo,
            @Schema(description = "Hours per week.", example = "3.5") BigDecimal hoursPerWeek,
            @Schema(description = "Complaint guidance.", example = "Complain to the job centre within 4 weeks") String complaintGuidance,
            @Schema(description = "Whether meetings count as activation.", example = "false") boolean activation,
            @Schema(description = "The agreement this one renews.") UUID renews,
            @Schema(description = "The assessment behind the renewal.", example = "Progress from 3 to 5") String renewalAssessment,
            @Schema(description = "When the midway evaluation falls due.", example = "2027-01-31") LocalDate midwayEvaluationOn,
            @Schema(description = "Who made it.", example = "caseworker-aarhus") String createdBy,
            @Schema(description = "When it was made.") Instant createdAt) {

        static AgreementResponse from(MentorAgreement a) {
            return new AgreementResponse(a.id(), a.participantId(), a.goal(), a.mentorName(), a.mentorContact(), a.tasks(),
                    a.periodFrom(), a.periodTo(), a.hoursPerWeek(), a.complaintGuidance(), a.activation(), a.renews(),
                    a.renewalAssessment(), a.midway(), a.createdBy(), a.createdAt());
        }
    }
}
