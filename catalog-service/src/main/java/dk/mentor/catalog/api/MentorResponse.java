package dk.mentor.catalog.api;

import dk.mentor.catalog.application.MentorView;
import dk.mentor.catalog.domain.Mentor;
import dk.mentor.catalog.domain.MentorDetails;
import dk.mentor.catalog.domain.MentorProfile;
import dk.mentor.contracts.codes.MeetingPlace;
import dk.mentor.contracts.codes.MentorKind;
import dk.mentor.contracts.codes.MentorStatus;
import dk.mentor.contracts.codes.SharingScope;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Mentor", description = "A mentor in the catalogue, as the caller may see it.")
public record MentorResponse(
        @Schema(description = "The mentor's id.", example = "3f0c2a4e-8a51-4c0e-9b1e-0d6c1f2f9a11") UUID id,
        @Schema(description = "Name shown to coordinators, caseworkers and citizens.", example = "Hanne Mentor") String displayName,
        @Schema(description = "Kind of mentor.", example = "VOLUNTEER") MentorKind kind,
        @Schema(description = "Lifecycle status; only an ACTIVE mentor can be proposed to a citizen.", example = "ACTIVE") MentorStatus status,
        @Schema(description = "The coordinator's reason for the status.", example = "Vetting in order") String statusReason,
        @Schema(description = "Kommunekode of the home municipality.", example = "0751") String homeMunicipality,
        @Schema(description = "Legal bases the mentor may act under.", example = "[\"LAB_167\"]") List<String> legalBases,
        @Schema(description = "The mentor's organisation, if any.") UUID organisationId,
        @Schema(description = "Who besides the home municipality may see the mentor.", example = "OWN_MUNICIPALITY") SharingScope sharingScope,
        @Schema(description = "Municipalities the mentor is listed for.", example = "[\"0101\"]") List<String> sharedWith,
        @Schema(description = "The mentor's user name, if they have an account.", example = "hanne.mentor") String accountUsername,
        @Schema(description = "Contact details; absent unless the caller is the mentor or acts for the home or a listed municipality.")
        ContactDto contact,
        @Schema(description = "Gender.", example = "FEMALE") MentorDetails.Gender gender,
        @Schema(description = "Birth year.", example = "1975") Integer birthYear,
        @Schema(description = "ISO 639-1 language codes.", example = "[\"da\"]") List<String> languages,
        @Schema(description = "Competence tags (lower case).", example = "[\"network\"]") List<String> competences,
        @Schema(description = "Target groups the mentor has experience with.", example = "[\"SUBSTANCE_MISUSE\"]") List<String> targetGroups,
        @Schema(description = "Lived-experience and role-model tags.", example = "[\"former drug user\"]") List<String> roleModelTags,
        @Schema(description = "Motivation.", example = "I know how hard the first job is.") String motivation,
        @Schema(description = "Professional background.", example = "Carpenter") String background,
        @Schema(description = "Presentation for citizens.", example = "I like fishing.") String presentation,
        @Schema(description = "Link to the photo.", example = "https://photos.example.dk/hanne.jpg") String photoUrl,
        @Schema(description = "The mentor's own preferences.", example = "Prefers young women") String preferences,
        @Schema(description = "Weekly meeting windows, by weekday.") List<MeetingWindowDto> meetingWindows,
        @Schema(description = "Can also meet evenings and weekends.", example = "false") boolean eveningsAndWeekends,
        @Schema(description = "Where the mentor meets.", example = "[\"JOB_CENTRE\"]") List<MeetingPlace> meetingPlaces,
        @Schema(description = "Kommunekode of the area the mentor works in.", example = "0751") String areaMunicipality,
        @Schema(description = "Postcode of that area.", example = "8000") String postcode,
        @Schema(description = "Citizens the mentor can follow at once.", example = "3") int capacityCitizens,
        @Schema(description = "Hours per week the mentor can give.", example = "6.5") BigDecimal capacityHoursPerWeek,
        @Schema(description = "Running mentorships (from matching's events).", example = "1") int activeMentorships,
        @Schema(description = "Weekly hours of the running mentorships.", example = "2.00") BigDecimal committedHoursPerWeek,
        @Schema(description = "Whether the mentor can take one more citizen now (active and not full).", example = "true") boolean freeCapacity,
        @Schema(description = "Citizens the mentor can still take.", example = "2") int freeCitizens,
        @Schema(description = "Pay and paid hours.") PaidTermsDto paidTerms,
        @Schema(description = "Expected commitment in months.", example = "12") Integer commitmentMonths,
        @Schema(description = "Vetting and intake.") VettingDto vetting,
        @Schema(description = "Whether every vetting the kind requires is in order.", example = "true") boolean vettingComplete,
        @Schema(description = "What the kind requires that is not yet in order.", example = "[\"no intake interview has been held\"]")
        List<String> missingVetting,
        @Schema(description = "The vetting the kind requires today, each marked as law or the municipality's policy choice.")
        List<VettingRequirementDto> vettingRequirements,
        @Schema(description = "Religion or ethnicity role-model tags, held and used in matching only with the mentor's consent.",
                example = "[\"muslim\"]") List<String> backgroundTags,
        @Schema(description = "The day the mentor consented to the background tags, or null without consent.",
                example = "2026-11-20") LocalDate backgroundConsentGivenOn,
        @Schema(description = "When the mentor was registered.", example = "2026-11-23T10:00:00Z") Instant registeredAt,
        @Schema(description = "When the mentor last changed.", example = "2026-11-23T10:00:00Z") Instant changedAt,
        @Schema(description = "Version, also sent as the ETag.", example = "0") long version) {

    static MentorResponse from(MentorView view) {
        Mentor m = view.mentor();
        MentorProfile p = m.profile();
        return new MentorResponse(m.id(), m.displayName(), m.kind(), m.status(), m.statusReason(), m.homeMunicipality(),
                m.legalBases(), m.organisationId(), m.sharingScope(), m.sharedWith(), m.accountUsername(),
                view.contactVisible() ? ContactDto.of(m.contact()) : null, p.gender(), p.birthYear(), p.languages(),
                p.competences(), p.targetGroups(), p.roleModelTags(), p.motivation(), p.background(), p.presentation(),
                p.photoUrl(), p.preferences(), view.meetingWindows().stream().map(MeetingWindowDto::of).toList(),
                m.eveningsAndWeekends(), m.meetingPlaces(), m.areaMunicipality(), m.postcode(), m.capacityCitizens(),
                m.capacityHoursPerWeek(), m.load().activeMentorships(), m.load().committedHours(), m.hasFreeCapacity(),
                Math.max(0, m.capacityCitizens() - m.load().activeMentorships()), PaidTermsDto.of(m.paidTerms()),
                m.commitmentMonths(), VettingDto.of(m.vetting()), view.missingVetting().isEmpty(), view.missingVetting(),
                view.vettingRequirements().stream().map(VettingRequirementDto::of).toList(), m.backgroundConsent().tags(),
                m.backgroundConsent().givenOn(), m.registeredAt(), m.changedAt(), m.version());
    }
}
