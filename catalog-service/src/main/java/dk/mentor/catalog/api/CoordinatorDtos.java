package dk.mentor.catalog.api;

import dk.mentor.catalog.application.CoordinatorHotline;
import dk.mentor.catalog.application.CoordinatorWorkload;
import dk.mentor.catalog.domain.CoordinationHours;
import dk.mentor.catalog.domain.Coordinator;
import dk.mentor.catalog.domain.CoordinatorAssignment;
import dk.mentor.catalog.domain.CoordinatorContact;
import dk.mentor.catalog.domain.CoordinatorNorm;
import dk.mentor.catalog.domain.CoordinatorWeek;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of coordinators, their mentors, hours, workload and hotline. */
final class CoordinatorDtos {

    private CoordinatorDtos() {
    }

    @Schema(name = "CoordinatorRequest", description = "A municipality's mentor coordinator (seed 000 pp.21-23).")
    record NewCoordinator(
            @Schema(description = "Kommunekode of the coordinator's municipality.", example = "0751")
            @NotNull @Pattern(regexp = "[0-9]{4}", message = "must be a four-digit municipality code") String municipality,
            @Schema(description = "Name as mentors know the coordinator.", example = "Anne Koordinator") @NotBlank @Size(max = 200) String displayName,
            @Schema(description = "The coordinator's login, if they have one; unique in the municipality.", example = "coordinator-aarhus")
            @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+") String username) {
    }

    @Schema(name = "Coordinator", description = "A mentor coordinator.")
    record CoordinatorResponse(
            @Schema(description = "Id.", example = "2b3c4d5e-6f70-4a81-9b2c-3d4e5f607182") UUID id,
            @Schema(description = "Municipality.", example = "0751") String municipality,
            @Schema(description = "Name.", example = "Anne Koordinator") String displayName,
            @Schema(description = "Login, or null.", example = "coordinator-aarhus") String username,
            @Schema(description = "When appointed in the catalogue.", example = "2026-12-04T09:00:00Z") Instant createdAt) {

        static CoordinatorResponse from(Coordinator c) {
            return new CoordinatorResponse(c.id(), c.municipality(), c.displayName(), c.username(), c.createdAt());
        }
    }

    @Schema(name = "CoordinatorAssignmentRequest", description = "Assigns a mentor of the municipality to the coordinator; the"
            + " mentor's previous coordinator ends the day before.")
    record NewAssignment(
            @Schema(description = "The mentor.", example = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d") @NotNull UUID mentorId,
            @Schema(description = "First day the coordinator is the mentor's contact person.", example = "2026-12-01") @NotNull LocalDate from) {
    }

    @Schema(name = "CoordinatorAssignment", description = "A mentor's coordinator for a period.")
    record AssignmentResponse(
            @Schema(description = "Id.", example = "3c4d5e6f-7081-4a92-8b3c-4d5e6f708192") UUID id,
            @Schema(description = "The coordinator.", example = "2b3c4d5e-6f70-4a81-9b2c-3d4e5f607182") UUID coordinatorId,
            @Schema(description = "The mentor.", example = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d") UUID mentorId,
            @Schema(description = "First day.", example = "2026-12-01") LocalDate from,
            @Schema(description = "Last day, or null while it lasts.", example = "2027-06-30") LocalDate to,
            @Schema(description = "Who assigned.", example = "coordinator-aarhus") String assignedBy) {

        static AssignmentResponse from(CoordinatorAssignment a) {
            return new AssignmentResponse(a.id(), a.coordinatorId(), a.mentorId(), a.validFrom(), a.validTo(), a.assignedBy());
        }
    }

    @Schema(name = "CoordinationHoursRequest", description = "Hours the coordinator worked on one day.")
    record NewHours(
            @Schema(description = "The day worked (not after today).", example = "2026-12-02") @NotNull LocalDate workedOn,
            @Schema(ref = OpenApiComponents.COORDINATION_HOURS_KIND, required = true,
                    description = "COORDINATION, or TEACHING (kept apart: the norm excludes teaching).", example = "COORDINATION")
            @NotNull CoordinationHours.Kind kind,
            @Schema(description = "Hours.", example = "1.5") @NotNull @DecimalMin("0.25") @DecimalMax("24") @Digits(integer = 2, fraction = 2)
            BigDecimal hours) {
    }

    @Schema(name = "CoordinationHours", description = "Hours logged for a day.")
    record HoursResponse(
            @Schema(description = "Id.", example = "4d5e6f70-8192-4aa3-8c4d-5e6f708192a3") UUID id,
            @Schema(description = "Day worked.", example = "2026-12-02") LocalDate workedOn,
            @Schema(ref = OpenApiComponents.COORDINATION_HOURS_KIND, description = "Kind.", example = "COORDINATION")
            CoordinationHours.Kind kind,
            @Schema(description = "Hours.", example = "1.5") BigDecimal hours,
            @Schema(description = "Who logged them.", example = "coordinator-aarhus") String loggedBy) {

        static HoursResponse from(CoordinationHours h) {
            return new HoursResponse(h.id(), h.workedOn(), h.kind(), h.hours(), h.loggedBy());
        }
    }

    @Schema(name = "HotlineContactRequest", description = "One contact on the mentors' hotline. The note may be sensitive: it is"
            + " shown only to the municipality's coordinators and never leaves the catalogue in an event or a log.")
    record NewContact(
            @Schema(description = "The mentor who called or was called.", example = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d") @NotNull UUID mentorId,
            @Schema(ref = OpenApiComponents.CONTACT_DIRECTION, required = true, description = "Who called whom.", example = "FROM_MENTOR")
            @NotNull CoordinatorContact.Direction direction,
            @Schema(description = "When the contact took place (not in the future).", example = "2026-12-02T10:15:00Z") @NotNull Instant occurredAt,
            @Schema(ref = OpenApiComponents.CONTACT_TOPIC, required = true, description = "What it was about.", example = "SPARRING")
            @NotNull CoordinatorContact.Topic topic,
            @Schema(description = "A short note; no CPR number.", example = "Talte om afbud og aftalte ny mødetid") @Size(max = 500) String note,
            @Schema(description = "Whether the coordinator must follow up.", example = "true") boolean followUpNeeded) {

        CoordinatorHotline.Contact toContact() {
            return new CoordinatorHotline.Contact(mentorId, direction, occurredAt, topic,
                    note == null || note.isBlank() ? null : note.strip(), followUpNeeded);
        }
    }

    @Schema(name = "HotlineContact", description = "A logged hotline contact.")
    record ContactResponse(
            @Schema(description = "Id.", example = "5e6f7081-92a3-4bb4-8d5e-6f708192a3b4") UUID id,
            @Schema(description = "The mentor.", example = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d") UUID mentorId,
            @Schema(ref = OpenApiComponents.CONTACT_DIRECTION, description = "Who called whom.", example = "FROM_MENTOR")
            CoordinatorContact.Direction direction,
            @Schema(description = "When.", example = "2026-12-02T10:15:00Z") Instant occurredAt,
            @Schema(ref = OpenApiComponents.CONTACT_TOPIC, description = "Topic.", example = "SPARRING") CoordinatorContact.Topic topic,
            @Schema(description = "The note, or null.", example = "Talte om afbud og aftalte ny mødetid") String note,
            @Schema(description = "Whether follow-up is needed.", example = "true") boolean followUpNeeded,
            @Schema(description = "Who logged it.", example = "coordinator-aarhus") String loggedBy) {

        static ContactResponse from(CoordinatorContact c) {
            return new ContactResponse(c.id(), c.mentorId(), c.direction(), c.occurredAt(), c.topic(), c.note(),
                    c.followUpNeeded(), c.loggedBy());
        }
    }

    @Schema(name = "CoordinatorNormRequest", description = "A norm row: coordination hours a week per so many mentors.")
    record NewNorm(
            @Schema(description = "Mentors the hours are set for.", example = "20") @NotNull @Min(1) @Max(1000) Integer mentorsPerUnit,
            @Schema(description = "Fewest hours a week for that many mentors.", example = "3") @NotNull @DecimalMin("0") @DecimalMax("40")
            @Digits(integer = 2, fraction = 2) BigDecimal minHoursAWeek,
            @Schema(description = "Most hours a week for that many mentors.", example = "4") @NotNull @DecimalMin("0") @DecimalMax("40")
            @Digits(integer = 2, fraction = 2) BigDecimal maxHoursAWeek,
            @Schema(description = "Whether teaching hours are left out of the comparison.", example = "true") boolean excludesTeaching,
            @Schema(description = "First day in force.", example = "2027-01-01") @NotNull LocalDate validFrom,
            @Schema(description = "Last day in force, or absent.", example = "2027-12-31") LocalDate validTo,
            @Schema(description = "Where the norm comes from.", example = "Mentorguiden, Trin 3, s. 22") @NotBlank @Size(max = 2000) String source) {
    }

    @Schema(name = "CoordinatorNorm", description = "A norm row.")
    record NormResponse(
            @Schema(description = "Id.", example = "6f708192-a3b4-4cc5-8e6f-708192a3b4c5") UUID id,
            @Schema(description = "Mentors the hours are set for.", example = "20") int mentorsPerUnit,
            @Schema(description = "Fewest hours a week.", example = "3.00") BigDecimal minHoursAWeek,
            @Schema(description = "Most hours a week.", example = "4.00") BigDecimal maxHoursAWeek,
            @Schema(description = "Whether teaching is left out.", example = "true") boolean excludesTeaching,
            @Schema(description = "First day in force.", example = "2009-07-06") LocalDate validFrom,
            @Schema(description = "Last day in force, or null.", example = "2027-12-31") LocalDate validTo,
            @Schema(description = "Source.", example = "Mentorguiden, Trin 3, s. 22") String source,
            @Schema(description = "Who added it.", example = "migration V5") String createdBy) {

        static NormResponse from(CoordinatorNorm n) {
            return new NormResponse(n.id(), n.mentorsPerUnit(), n.minHoursAWeek(), n.maxHoursAWeek(), n.excludesTeaching(),
                    n.validFrom(), n.validTo(), n.source(), n.createdBy());
        }
    }

    @Schema(name = "CoordinatorWorkload", description = "A coordinator's mentors, norm and hours week by week, newest week first.")
    record WorkloadResponse(
            @Schema(description = "The coordinator.") CoordinatorResponse coordinator,
            @Schema(description = "The mentors assigned today.") List<AssignedMentor> mentors,
            @Schema(description = "The norm in force today, or null.") NormResponse norm,
            @Schema(description = "The weeks asked for, this week first.") List<Week> weeks) {

        static WorkloadResponse from(CoordinatorWorkload.View v) {
            return new WorkloadResponse(CoordinatorResponse.from(v.coordinator()),
                    v.mentors().stream().map(m -> new AssignedMentor(m.mentorId(), m.displayName(), m.from(), m.to())).toList(),
                    v.norm() == null ? null : NormResponse.from(v.norm()), v.weeks().stream().map(Week::from).toList());
        }
    }

    @Schema(name = "CoordinatorAssignedMentor", description = "A mentor assigned to the coordinator.")
    record AssignedMentor(
            @Schema(description = "The mentor.", example = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d") UUID mentorId,
            @Schema(description = "The mentor's name.", example = "Lene Kristensen") String displayName,
            @Schema(description = "Assigned from.", example = "2026-12-01") LocalDate from,
            @Schema(description = "Assigned to, or null.", example = "2027-06-30") LocalDate to) {
    }

    @Schema(name = "CoordinatorWeek", description = "One ISO week against the norm.")
    record Week(
            @Schema(description = "The week's Monday.", example = "2026-11-30") LocalDate monday,
            @Schema(description = "ISO week.", example = "2026-W49") String isoWeek,
            @Schema(description = "Mentors assigned at the week's end (today in the running week).", example = "20") int mentors,
            @Schema(description = "Coordination hours logged.", example = "3.50") BigDecimal coordinationHours,
            @Schema(description = "Teaching hours logged (left out when the norm excludes teaching).", example = "2.00") BigDecimal teachingHours,
            @Schema(description = "Fewest hours the norm expects for these mentors, or null without a norm.", example = "3.00") BigDecimal expectedMin,
            @Schema(description = "Most hours the norm expects, or null.", example = "4.00") BigDecimal expectedMax,
            @Schema(ref = OpenApiComponents.NORM_VERDICT, description = "UNDER, WITHIN or OVER the norm; null without a norm.",
                    example = "WITHIN") CoordinatorNorm.Verdict verdict) {

        static Week from(CoordinatorWeek w) {
            return new Week(w.monday(), w.isoWeek(), w.mentors(), w.coordinationHours(), w.teachingHours(), w.expectedMin(),
                    w.expectedMax(), w.verdict());
        }
    }
}
