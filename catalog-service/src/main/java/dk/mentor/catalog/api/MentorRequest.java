package dk.mentor.catalog.api;

import dk.mentor.catalog.domain.MentorDetails;
import dk.mentor.catalog.domain.WeeklyWindow;
import dk.mentor.contracts.codes.MeetingPlace;
import dk.mentor.contracts.codes.MentorKind;
import dk.mentor.contracts.codes.MunicipalityCode;
import dk.mentor.contracts.codes.SharingScope;
import dk.mentor.kit.codes.CodeList;
import dk.mentor.kit.codes.CodeLists;
import dk.mentor.kit.problem.ProblemException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The information form of a mentor (seed 000 p.30); the same body registers (POST) and replaces (PUT) a mentor. */
@Schema(name = "MentorRequest", description = "A mentor's information form. Only displayName, kind, homeMunicipality,"
        + " legalBases and the capacity are required; lists default to empty.")
public record MentorRequest(
        @Schema(description = "Name shown to coordinators, caseworkers and citizens.", example = "Hanne Mentor")
        @NotBlank @Size(max = 100) String displayName,
        @Schema(description = "Kind of mentor.", example = "VOLUNTEER") @NotNull MentorKind kind,
        @Schema(description = "Kommunekode of the home municipality, which owns the mentor; the caller must act for it."
                + " It cannot change on PUT.", example = "0751")
        @NotNull @Pattern(regexp = "[0-9]{4}", message = "must be a four-digit municipality code") String homeMunicipality,
        @Schema(description = "Codes of the legal bases the mentor may act under; only a volunteer may have none.", example = "[\"LAB_167\"]")
        @NotNull List<@NotBlank String> legalBases,
        @Schema(description = "The organisation the mentor comes from (corps, company, NGO, supplier, job centre).")
        UUID organisationId,
        @Schema(description = "Who besides the home municipality may see and use the mentor; default OWN_MUNICIPALITY.", example = "LISTED_MUNICIPALITIES")
        SharingScope sharingScope,
        @Schema(description = "Kommunekoder the mentor is shared with (for LISTED_MUNICIPALITIES; they also see contact details).", example = "[\"0101\"]")
        @Size(max = 98) List<@NotNull @Pattern(regexp = "[0-9]{4}", message = "must be a four-digit municipality code") String> sharedWith,
        @Schema(description = "The mentor's user name in the identity provider, so the mentor can keep their own availability.", example = "hanne.mentor")
        @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "must be a user name") String accountUsername,
        @Schema(description = "How to reach the mentor.") @Valid ContactDto contact,
        @Schema(description = "FEMALE, MALE or OTHER; matched against the citizen's wishes (seed 000 p.20).", example = "FEMALE")
        MentorDetails.Gender gender,
        @Schema(description = "Birth year.", example = "1975") @Min(1900) @Max(2100) Integer birthYear,
        @Schema(description = "ISO 639-1 codes of the languages the mentor speaks.", example = "[\"da\", \"ar\"]")
        @Size(max = 20) List<@NotNull @Pattern(regexp = "[a-zA-Z]{2}", message = "must be an ISO 639-1 language code") String> languages,
        @Schema(description = "Competence tags, e.g. network, labour-market knowledge, legal knowledge.", example = "[\"job applications\", \"network\"]")
        @Size(max = 50) List<@NotBlank @Size(max = 60) String> competences,
        @Schema(description = "Target groups the mentor has experience with: codes of the TARGET_GROUP code list (GET /api/v1/code-lists/TARGET_GROUP) in force today.", example = "[\"SUBSTANCE_MISUSE\"]")
        @Size(max = 30) List<@NotNull @Pattern(regexp = CodeList.CODE_PATTERN) String> targetGroups,
        @Schema(description = "Lived-experience and role-model tags (seed 000 p.18).", example = "[\"former drug user\"]")
        @Size(max = 30) List<@NotBlank @Size(max = 60) String> roleModelTags,
        @Schema(description = "Why the mentor wants to be a mentor.", example = "I know how hard the first job is.")
        @Size(max = 2000) String motivation,
        @Schema(description = "Professional background.", example = "Carpenter, 20 years; shop steward.")
        @Size(max = 2000) String background,
        @Schema(description = "The short presentation a citizen reads when choosing a mentor.", example = "I like fishing and football.")
        @Size(max = 2000) String presentation,
        @Schema(description = "Link to the mentor's photo (the photo itself is not stored here).", example = "https://photos.example.dk/hanne.jpg")
        @Size(max = 500) @Pattern(regexp = "https://\\S+", message = "must be an https link") String photoUrl,
        @Schema(description = "The mentor's own preferences, e.g. about the citizens they would like to follow.", example = "Prefers young women")
        @Size(max = 1000) String preferences,
        @Schema(description = "Weekly windows in which the mentor can meet.")
        @Size(max = 21) List<@NotNull @Valid MeetingWindowDto> meetingWindows,
        @Schema(description = "Whether the mentor can also meet evenings and weekends.", example = "false")
        boolean eveningsAndWeekends,
        @Schema(description = "Where the mentor can meet.", example = "[\"JOB_CENTRE\", \"PUBLIC_PLACE\"]")
        List<@NotNull MeetingPlace> meetingPlaces,
        @Schema(description = "Kommunekode of the area the mentor works in; defaults to the home municipality.", example = "0751")
        @Pattern(regexp = "[0-9]{4}", message = "must be a four-digit municipality code") String areaMunicipality,
        @Schema(description = "Postcode of that area.", example = "8000")
        @Pattern(regexp = "[0-9]{4}", message = "must be a four-digit postcode") String postcode,
        @Schema(description = "How many citizens the mentor can follow at once.", example = "3")
        @Min(0) @Max(50) int capacityCitizens,
        @Schema(description = "Hours per week the mentor can give.", example = "6.5")
        @NotNull @DecimalMin("0") @DecimalMax("60") BigDecimal capacityHoursPerWeek,
        @Schema(description = "Pay and what counts as paid hours; absent for an unpaid mentor.") @Valid PaidTermsDto paidTerms,
        @Schema(description = "How many months the mentor expects to be a mentor (seed 000 p.20, point 3).", example = "12")
        @Min(1) @Max(240) Integer commitmentMonths) {

    /** The details, with the target groups checked against the code list in force today. */
    MentorDetails toDetails(CodeLists codeLists) {
        codeLists.requireAllInForceToday(CodeList.TARGET_GROUP, targetGroups, "targetGroups");
        // a mentor may take referrals of periods under a past regime, so a basis need only be known
        legalBasesByCode().forEach(code -> codeLists.requireKnown(CodeList.LEGAL_BASIS, code, "legalBases"));
        requireMunicipality("homeMunicipality", homeMunicipality);
        if (areaMunicipality != null) {
            requireMunicipality("areaMunicipality", areaMunicipality);
        }
        List<String> shared = sharedWith == null ? List.of() : sharedWith;
        shared.forEach(code -> requireMunicipality("sharedWith", code));
        return new MentorDetails(displayName.strip(), kind, legalBasesByCode(), organisationId, sharingScope, shared,
                ContactDto.blankToNull(accountUsername), contact == null ? null : contact.toDetails(), gender, birthYear,
                languages, competences, targetGroups, roleModelTags, motivation, background, presentation, photoUrl,
                preferences, windows(), eveningsAndWeekends, meetingPlaces, areaMunicipality, postcode,
                capacityCitizens, capacityHoursPerWeek, paidTerms == null ? null : paidTerms.toTerms(), commitmentMonths);
    }

    private List<String> legalBasesByCode() {
        return legalBases == null ? List.of() : legalBases;
    }

    private List<WeeklyWindow> windows() {
        return windowsOf(meetingWindows);
    }

    static List<WeeklyWindow> windowsOf(List<MeetingWindowDto> windows) {
        List<WeeklyWindow> result = new ArrayList<>();
        for (MeetingWindowDto window : windows == null ? List.<MeetingWindowDto>of() : windows) {
            try {
                result.add(window.toWindow());
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalidField("meetingWindows", e.getMessage());
            }
        }
        return result;
    }

    static void requireMunicipality(String field, String code) {
        if (!MunicipalityCode.isValid(code)) {
            throw ProblemException.invalidField(field, code + " is not a Danish municipality code");
        }
    }
}
