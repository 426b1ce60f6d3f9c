package dk.mentor.catalog.api;

import dk.mentor.catalog.application.CoordinationGroups;
import dk.mentor.catalog.domain.GroupMeeting;
import dk.mentor.catalog.domain.ProgrammeEntry;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of coordination groups and their meetings. */
final class CoordinationGroupDtos {

    private CoordinationGroupDtos() {
    }

    @Schema(name = "CoordinationGroupRequest", description = "A coordination group (koo-gruppe, 004 pp.5, 7) led by a coordinator"
            + " of a municipality the programme serves.")
    record NewGroup(
            @Schema(description = "Name.", example = "Koo-gruppen i Aarhus") @NotBlank @Size(max = 200) String name,
            @Schema(description = "The coordinator.", example = "2b3c4d5e-6f70-4a81-9b2c-3d4e5f607182") @NotNull UUID coordinatorId) {
    }

    @Schema(name = "CoordinationGroupMemberRequest", description = "A volunteer of the group's municipality joins the group.")
    record NewMember(
            @Schema(description = "The volunteer's entry.", example = "4b5c6d7e-8f90-4a1b-9c2d-3e4f5a6b7c8d") @NotNull UUID entryId) {
    }

    @Schema(name = "CoordinationGroup", description = "A coordination group with its volunteers.")
    record GroupResponse(
            @Schema(description = "Id.", example = "8f90a1b2-c3d4-4e5f-8a6b-7c8d9e0f1a2b") UUID id,
            @Schema(description = "Municipality (the coordinator's).", example = "0751") String municipality,
            @Schema(description = "Name.", example = "Koo-gruppen i Aarhus") String name,
            @Schema(description = "The coordinator.", example = "2b3c4d5e-6f70-4a81-9b2c-3d4e5f607182") UUID coordinatorId,
            @Schema(description = "The volunteers.") List<Member> members) {

        static GroupResponse from(CoordinationGroups.View v) {
            return new GroupResponse(v.group().id(), v.group().municipality(), v.group().name(), v.group().coordinatorId(),
                    v.members().stream().map(Member::from).toList());
        }
    }

    @Schema(name = "CoordinationGroupMember", description = "A volunteer in the group.")
    record Member(
            @Schema(description = "The volunteer's entry.", example = "4b5c6d7e-8f90-4a1b-9c2d-3e4f5a6b7c8d") UUID entryId,
            @Schema(description = "Name.", example = "Lene Frivillig") String displayName,
            @Schema(description = "The catalogue mentor, once vetted.", example = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d") UUID mentorId) {

        static Member from(ProgrammeEntry e) {
            return new Member(e.id(), e.displayName(), e.mentorId());
        }
    }

    @Schema(name = "CoordinationGroupMeetingRequest", description = "A meeting the group held.")
    record NewMeeting(
            @Schema(description = "The day (not in the future).", example = "2027-03-02") @NotNull LocalDate heldOn,
            @Schema(description = "Topic; no CPR number.", example = "Vagtplan og nye henvendelser") @NotBlank @Size(max = 500) String topic,
            @Schema(description = "The members who attended.") @NotNull @Size(max = 100) List<@NotNull UUID> attendeeEntryIds) {
    }

    @Schema(name = "CoordinationGroupMeeting", description = "A group meeting.")
    record MeetingResponse(
            @Schema(description = "Id.", example = "90a1b2c3-d4e5-4f6a-8b7c-8d9e0f1a2b3c") UUID id,
            @Schema(description = "The group.", example = "8f90a1b2-c3d4-4e5f-8a6b-7c8d9e0f1a2b") UUID groupId,
            @Schema(description = "The day.", example = "2027-03-02") LocalDate heldOn,
            @Schema(description = "Topic.", example = "Vagtplan og nye henvendelser") String topic,
            @Schema(description = "The attending members' entries.") List<UUID> attendeeEntryIds,
            @Schema(description = "Who recorded it.", example = "coordinator-aarhus") String recordedBy) {

        static MeetingResponse from(GroupMeeting m) {
            return new MeetingResponse(m.id(), m.groupId(), m.heldOn(), m.topic(), m.attendees(), m.recordedBy());
        }
    }
}
