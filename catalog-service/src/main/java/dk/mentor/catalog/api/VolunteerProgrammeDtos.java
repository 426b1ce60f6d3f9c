package dk.mentor.catalog.api;

import dk.mentor.catalog.application.ManageVolunteerProgrammes;
import dk.mentor.catalog.application.ProgrammePipeline;
import dk.mentor.catalog.domain.AgeBand;
import dk.mentor.catalog.domain.DropReason;
import dk.mentor.catalog.domain.PipelineStage;
import dk.mentor.catalog.domain.ProgrammeEntry;
import dk.mentor.catalog.domain.ProgrammeMatch;
import dk.mentor.catalog.domain.ProgrammeSide;
import dk.mentor.catalog.domain.RecruitmentChannel;
import dk.mentor.catalog.domain.VolunteerProgramme;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of volunteer programmes, their entries and matches. */
final class VolunteerProgrammeDtos {

    private VolunteerProgrammeDtos() {
    }

    @Schema(name = "VolunteerProgrammeRequest", description = "A mentor corps' programme for a period with its targets (seed 004 p.5).")
    record NewProgramme(
            @Schema(description = "The mentor corps (an organisation of kind MENTOR_CORPS).", example = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d")
            @NotNull UUID organisationId,
            @Schema(description = "Name.", example = "Frivillige mentorer 2027-2028") @NotBlank @Size(max = 200) String name,
            @Schema(description = "First day.", example = "2027-01-01") @NotNull LocalDate periodFrom,
            @Schema(description = "Last day.", example = "2028-12-31") @NotNull LocalDate periodTo,
            @Schema(description = "Volunteers to recruit.", example = "240") @NotNull @Min(0) @Max(100000) Integer targetVolunteers,
            @Schema(description = "Mentees to reach.", example = "240") @NotNull @Min(0) @Max(100000) Integer targetMentees,
            @Schema(description = "Matches to make.", example = "240") @NotNull @Min(0) @Max(100000) Integer targetMatches,
            @Schema(description = "Months a volunteer commits to from their first match (004 p.11: half a year); default 6.",
                    example = "6") @Min(1) @Max(36) Integer commitmentMonths) {

        ManageVolunteerProgrammes.NewProgramme toProgramme() {
            return new ManageVolunteerProgrammes.NewProgramme(organisationId, name.strip(), periodFrom, periodTo,
                    new VolunteerProgramme.Targets(targetVolunteers, targetMentees, targetMatches),
                    commitmentMonths == null ? 6 : commitmentMonths);
        }
    }

    @Schema(name = "VolunteerProgramme", description = "A volunteer programme.")
    record ProgrammeResponse(
            @Schema(description = "Id.", example = "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d") UUID id,
            @Schema(description = "The mentor corps.", example = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d") UUID organisationId,
            @Schema(description = "Name.", example = "Frivillige mentorer 2027-2028") String name,
            @Schema(description = "First day.", example = "2027-01-01") LocalDate periodFrom,
            @Schema(description = "Last day.", example = "2028-12-31") LocalDate periodTo,
            @Schema(description = "Volunteers to recruit.", example = "240") int targetVolunteers,
            @Schema(description = "Mentees to reach.", example = "240") int targetMentees,
            @Schema(description = "Matches to make.", example = "240") int targetMatches,
            @Schema(description = "Months of a volunteer's commitment.", example = "6") int commitmentMonths,
            @Schema(description = "Who created it.", example = "coordinator-aarhus") String createdBy) {

        static ProgrammeResponse from(VolunteerProgramme p) {
            VolunteerProgramme.Targets t = p.targets();
            return new ProgrammeResponse(p.id(), p.organisationId(), p.name(), p.periodFrom(), p.periodTo(), t.volunteers(),
                    t.mentees(), t.matches(), p.commitmentMonths(), p.createdBy());
        }
    }

    @Schema(name = "ProgrammeEntryRequest", description = "An inquiry from a volunteer (with a name) or a mentee (pseudonymous:"
            + " an age band and at most the id of the citizen's plan; no name, no CPR number).")
    record NewEntry(
            @Schema(required = true, description = "VOLUNTEER or MENTEE.", example = "MENTEE")
            @NotNull ProgrammeSide side,
            @Schema(description = "Kommunekode of the municipality the entry belongs to; the corps must serve it.", example = "0751")
            @NotNull @Pattern(regexp = "[0-9]{4}", message = "must be a four-digit municipality code") String municipality,
            @Schema(required = true, description = "Where they came from.",
                    example = "EDUCATION_INSTITUTION") @NotNull RecruitmentChannel channel,
            @Schema(description = "Day of the first contact.", example = "2027-02-01") @NotNull LocalDate inquiryOn,
            @Schema(description = "A volunteer's name as the corps knows them; absent for a mentee.", example = "Lene Frivillig")
            @Size(min = 1, max = 200) String displayName,
            @Schema(description = "A mentee's age band; absent for a volunteer.", example = "AGE_18_24")
            AgeBand ageBand,
            @Schema(description = "The citizen's plan in followup, when known; mentees only.", example = "3f2e1d0c-9b8a-4c7d-8e6f-5a4b3c2d1e0f")
            UUID planId) {

        ManageVolunteerProgrammes.NewEntry toEntry() {
            return new ManageVolunteerProgrammes.NewEntry(side, municipality, channel, inquiryOn,
                    displayName == null || displayName.isBlank() ? null : displayName.strip(), ageBand, planId);
        }
    }

    @Schema(name = "ProgrammeStepRequest", description = "A dated step: the interview, or the vetting (a volunteer names the"
            + " catalogue mentor of kind VOLUNTEER they became).")
    record NewStep(
            @Schema(ref = OpenApiComponents.PROGRAMME_STEP, required = true, description = "INTERVIEWED or VETTED.",
                    example = "INTERVIEWED") @NotNull ProgrammePipeline.Step step,
            @Schema(description = "The day.", example = "2027-02-08") @NotNull LocalDate on,
            @Schema(description = "At a volunteer's vetting: their catalogue mentor.", example = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d")
            UUID mentorId) {
    }

    @Schema(name = "ProgrammeDropRequest", description = "The entry leaves the pipeline, or a match before its time.")
    record NewDrop(
            @Schema(description = "The day.", example = "2027-03-01") @NotNull LocalDate on,
            @Schema(required = true, description = "Why (coded).", example = "NO_TIME")
            @NotNull DropReason reason) {
    }

    @Schema(name = "ProgrammeMatchRequest", description = "A match made at the corps' match meeting (004 p.8).")
    record NewMatch(
            @Schema(description = "The volunteer's entry.", example = "4b5c6d7e-8f90-4a1b-9c2d-3e4f5a6b7c8d") @NotNull UUID volunteerEntryId,
            @Schema(description = "The mentee's entry.", example = "5c6d7e8f-90a1-4b2c-8d3e-4f5a6b7c8d9e") @NotNull UUID menteeEntryId,
            @Schema(description = "The day of the match meeting.", example = "2027-03-01") @NotNull LocalDate matchedOn) {
    }

    @Schema(name = "ProgrammeMatch", description = "A recorded match.")
    record MatchResponse(
            @Schema(description = "Id.", example = "6d7e8f90-a1b2-4c3d-9e4f-5a6b7c8d9e0f") UUID id,
            @Schema(description = "The volunteer's entry.", example = "4b5c6d7e-8f90-4a1b-9c2d-3e4f5a6b7c8d") UUID volunteerEntryId,
            @Schema(description = "The mentee's entry, or null when the mentee is not in the programme.",
                    example = "5c6d7e8f-90a1-4b2c-8d3e-4f5a6b7c8d9e") UUID menteeEntryId,
            @Schema(description = "The mentorship in matching, when the match came from there.") UUID mentorshipId,
            @Schema(description = "The day.", example = "2027-03-01") LocalDate matchedOn,
            @Schema(description = "Who recorded it.", example = "coordinator-aarhus") String recordedBy) {

        static MatchResponse from(ProgrammeMatch m) {
            return new MatchResponse(m.id(), m.volunteerEntryId(), m.menteeEntryId(), m.mentorshipId(), m.matchedOn(),
                    m.recordedBy());
        }
    }

    @Schema(name = "ProgrammeEntry", description = "A volunteer or a mentee in the pipeline, each step dated.")
    record EntryResponse(
            @Schema(description = "Id.", example = "4b5c6d7e-8f90-4a1b-9c2d-3e4f5a6b7c8d") UUID id,
            @Schema(description = "Side.", example = "VOLUNTEER") ProgrammeSide side,
            @Schema(description = "Municipality.", example = "0751") String municipality,
            @Schema(description = "Channel.", example = "WEBSITE") RecruitmentChannel channel,
            @Schema(description = "The channel in Danish.", example = "Hjemmeside") String channelLabel,
            @Schema(description = "A volunteer's name; null for a mentee.", example = "Lene Frivillig") String displayName,
            @Schema(description = "A mentee's age band; null for a volunteer.", example = "AGE_18_24")
            AgeBand ageBand,
            @Schema(description = "A mentee's plan in followup, or null.", example = "3f2e1d0c-9b8a-4c7d-8e6f-5a4b3c2d1e0f") UUID planId,
            @Schema(description = "A vetted volunteer's catalogue mentor, or null.", example = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d")
            UUID mentorId,
            @Schema(description = "The volunteer's coordination group, or null.", example = "8f90a1b2-c3d4-4e5f-8a6b-7c8d9e0f1a2b") UUID groupId,
            @Schema(description = "Where the entry is now.", example = "VETTED") PipelineStage stage,
            @Schema(description = "The stage in Danish.", example = "Godkendt") String stageLabel,
            @Schema(description = "First contact.", example = "2027-02-01") LocalDate inquiryOn,
            @Schema(description = "Interview, or null.", example = "2027-02-08") LocalDate interviewedOn,
            @Schema(description = "Vetted, or null.", example = "2027-02-20") LocalDate vettedOn,
            @Schema(description = "First match, or null.", example = "2027-03-01") LocalDate matchedOn,
            @Schema(description = "Dropped out, or null.") LocalDate droppedOn,
            @Schema(description = "Why, or null.", example = "NO_TIME") DropReason dropReason,
            @Schema(description = "The reason in Danish, or null.", example = "Har ikke tid") String dropReasonLabel,
            @Schema(description = "A volunteer's commitment from the first match, or null.", example = "2027-03-01") LocalDate commitmentFrom,
            @Schema(description = "Its last day, or null.", example = "2027-08-31") LocalDate commitmentTo) {

        static EntryResponse from(ProgrammeEntry e) {
            return new EntryResponse(e.id(), e.side(), e.municipality(), e.channel(), e.channel().label(), e.displayName(),
                    e.ageBand(), e.planId(), e.mentorId(), e.groupId(), e.stage(), e.stage().label(), e.inquiryOn(),
                    e.interviewedOn(), e.vettedOn(), e.matchedOn(), e.droppedOn(), e.dropReason(),
                    e.dropReason() == null ? null : e.dropReason().label(), e.commitmentFrom(), e.commitmentTo());
        }
    }
}
