package dk.mentor.followup.api;

import dk.mentor.followup.application.ManageProgrammes;
import dk.mentor.followup.domain.programme.Enrolment;
import dk.mentor.followup.domain.programme.Membership;
import dk.mentor.followup.domain.programme.Programme;
import dk.mentor.followup.domain.programme.ProgrammeKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request and answer bodies of programmes and their enrolments. */
final class ProgrammeDtos {

    private ProgrammeDtos() {
    }

    @Schema(name = "ProgrammeMemberRequest", description = "A municipality joining a programme.")
    record MemberRequest(
            @Schema(required = true, description = "The municipality's four-digit code.", example = "0751", pattern = "^[0-9]{4}$")
            @NotNull @Pattern(regexp = "[0-9]{4}") String municipality,
            @Schema(description = "The day it joins; today if empty.", example = "2026-10-01") LocalDate joinedOn) {

        ManageProgrammes.Member toMember() {
            return new ManageProgrammes.Member(municipality, joinedOn);
        }
    }

    @Schema(name = "ProgrammeRequest", description = "A programme several municipalities run together.")
    record ProgrammeRequest(
            @Schema(required = true, description = "Its name.", example = "Virksomhedscentre Østjylland")
            @NotBlank @Size(max = 200) String name,
            @Schema(required = true, description = "What it runs.", example = "COMPANY_CENTRES") @NotNull ProgrammeKind kind,
            @Schema(description = "Its first members.") @Size(max = 98) List<@Valid @NotNull MemberRequest> members) {
    }

    @Schema(name = "ProgrammeLeaveRequest", description = "A member leaving the programme.")
    record LeaveRequest(
            @Schema(description = "The day it leaves; today if empty.", example = "2027-06-30") LocalDate leftOn) {
    }

    @Schema(name = "ProgrammeMember", description = "A municipality's membership.")
    record MemberResponse(
            @Schema(description = "The municipality.", example = "0751") String municipality,
            @Schema(description = "The day it joined.", example = "2026-10-01") LocalDate joinedOn,
            @Schema(description = "The day it left, if it did.", example = "2027-06-30") LocalDate leftOn) {

        static MemberResponse from(Membership m) {
            return new MemberResponse(m.municipality(), m.joinedOn(), m.leftOn());
        }
    }

    @Schema(name = "Programme", description = "A programme and its members.")
    record ProgrammeResponse(
            @Schema(description = "The programme's id.") UUID id,
            @Schema(description = "Its name.", example = "Virksomhedscentre Østjylland") String name,
            @Schema(description = "What it runs.", example = "COMPANY_CENTRES") ProgrammeKind kind,
            @Schema(description = "Its members, past and present, by code.") List<MemberResponse> members,
            @Schema(description = "Who created it.", example = "admin") String createdBy,
            @Schema(description = "When.") Instant createdAt) {

        static ProgrammeResponse from(Programme p) {
            return new ProgrammeResponse(p.id(), p.name(), p.kind(), p.members().stream().map(MemberResponse::from).toList(),
                    p.createdBy(), p.createdAt());
        }
    }

    @Schema(name = "EnrolmentRequest", description = "A plan to enrol in the programme.")
    record EnrolmentRequest(
            @Schema(required = true, description = "The plan; its municipality must be a member.") @NotNull UUID planId,
            @Schema(description = "The day of enrolment; today if empty.", example = "2026-10-05") LocalDate enrolledOn) {
    }

    @Schema(name = "Enrolment", description = "A plan enrolled in a programme.")
    record EnrolmentResponse(
            @Schema(description = "The programme.") UUID programmeId,
            @Schema(description = "The plan.") UUID planId,
            @Schema(description = "The municipality it is counted under.", example = "0751") String municipality,
            @Schema(description = "The day of enrolment.", example = "2026-10-05") LocalDate enrolledOn,
            @Schema(description = "Who enrolled it.", example = "caseworker-aarhus") String enrolledBy) {

        static EnrolmentResponse from(Enrolment e) {
            return new EnrolmentResponse(e.programmeId(), e.planId(), e.municipality(), e.enrolledOn(), e.enrolledBy());
        }
    }
}
