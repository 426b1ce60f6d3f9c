package dk.mentor.matching.api;

import dk.mentor.contracts.codes.ParticipantRole;
import dk.mentor.kit.codes.CodeList;
import dk.mentor.kit.codes.CodeLists;
import dk.mentor.kit.problem.ProblemException;
import dk.mentor.kit.reference.ExternalReference;
import dk.mentor.matching.domain.ReferralDraft;
import jakarta.validation.Valid;
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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateReferral", description = "The caseworker's order for a mentor (the BUM model). No CPR: the plan id is the link to the citizen.")
public record CreateReferralRequest(
        @Schema(description = "The citizen's plan in followup-service.", example = "7d4f9b1c-2e3a-4c5d-8e9f-0a1b2c3d4e5f") @NotNull UUID planId,
        @Schema(description = "Kommunekode of the acting municipality (handlekommune).", example = "0751") @NotNull @Pattern(regexp = "[0-9]{4}") String actingMunicipality,
        @Schema(description = "The LEGAL_BASIS code (catalog's code list) the mentor will act under, in force on periodStart.", example = "LAB_167") @NotBlank @Pattern(regexp = CodeList.CODE_PATTERN) String legalBasis,
        @Schema(description = "Role wanted on the plan; when absent it follows from the legal basis and the mentor's kind.", example = "LAB_MENTOR") ParticipantRole roleWanted,
        @Schema(description = "What the mentor support is for.", example = "Keep the citizen in the placement at the warehouse") @NotBlank @Size(max = 1000) String purpose,
        @Schema(description = "The mentor's tasks.", example = "[\"morning routine\", \"contact with the workplace\"]") @NotNull @Size(max = 20) List<@NotBlank @Size(max = 200) String> tasks,
        @Schema(description = "Mentor hours per week.", example = "3.5") @NotNull @DecimalMin(value = "0.25") @DecimalMax(value = "40") @Digits(integer = 2, fraction = 2) BigDecimal hoursPerWeek,
        @Schema(description = "How often mentor and citizen meet (at least weekly is recommended, seed 000 p.30).", example = "WEEKLY") @NotNull MeetingFrequency meetingFrequency,
        @Schema(description = "First day of the period.", example = "2026-12-01") @NotNull LocalDate periodStart,
        @Schema(description = "Last day of the period; under LAB § 167 at most the day before the same date six months on (2026-12-01 to 2027-05-31).", example = "2027-05-31") @NotNull LocalDate periodEnd,
        @Schema(description = "Target groups of the citizen: codes of the TARGET_GROUP code list (GET /api/v1/code-lists/TARGET_GROUP on catalog) in force on periodStart.", example = "[\"SOCIAL_AND_MENTAL_PROBLEMS\"]") @NotNull @Size(max = 10) List<@NotNull @Pattern(regexp = CodeList.CODE_PATTERN) String> targetGroups,
        @Schema(description = "Needs, matched against the mentors' competences.", example = "[\"job-search\"]") @NotNull @Size(max = 20) List<@NotBlank @Size(max = 60) String> needs,
        @Schema(description = "Languages the mentor should speak, ISO 639-1.", example = "[\"da\", \"ar\"]") @NotNull @Size(max = 10) List<@NotNull @Pattern(regexp = "[a-z]{2}") String> languages,
        @Schema(description = "Kommunekode of the area where the citizen wants the mentor.", example = "0751") @Pattern(regexp = "[0-9]{4}") String areaMunicipality,
        @Schema(description = "Postcode within that area.", example = "8000") @Pattern(regexp = "[0-9]{4}") String postcode,
        @Schema(description = "The citizen's wishes, each binding or preferred.") @Valid WishesRequest wishes,
        @Schema(description = "How urgent the referral is.", example = "NORMAL") @NotNull Urgency urgency,
        @Schema(description = "True when the mentor is mandatory for the citizen, false when offered.", example = "false") boolean mentorMandatory,
        @Schema(description = "The case system's own key for the referral; a second order with the same reference in the"
                + " municipality answers 409 external-reference-taken.") @Valid ExternalReference externalReference,
        @Schema(description = "The citizen's match group (1-3) where the regime of the period uses one (2010-2013); eligibility rows"
                + " may depend on it. Absent when unknown or not used.", example = "2") @Min(1) @Max(3) Integer matchGroup) {

    public enum MeetingFrequency { TWICE_WEEKLY, WEEKLY, FORTNIGHTLY, MONTHLY }

    public enum Urgency { NORMAL, URGENT }

    ReferralDraft toDraft(CodeLists codeLists) {
        codeLists.requireAllInForce(CodeList.TARGET_GROUP, targetGroups, periodStart, "targetGroups");
        if (!dk.mentor.contracts.codes.MunicipalityCode.isValid(actingMunicipality)) {
            throw ProblemException.invalidField("actingMunicipality", "is not a Danish municipality code");
        }
        if (areaMunicipality != null && !dk.mentor.contracts.codes.MunicipalityCode.isValid(areaMunicipality)) {
            throw ProblemException.invalidField("areaMunicipality", "is not a Danish municipality code");
        }
        try {
            return new ReferralDraft(planId, actingMunicipality, legalBasis, roleWanted == null ? null : roleWanted.name(),
                    purpose, tasks, hoursPerWeek, meetingFrequency.name(), periodStart, periodEnd,
                    targetGroups.stream().distinct().toList(), needs.stream().distinct().toList(),
                    languages.stream().distinct().toList(), areaMunicipality, postcode,
                    wishes == null ? List.of() : wishes.toDomain(), urgency.name(), mentorMandatory, matchGroup);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("wishes", e.getMessage());
        }
    }
}
