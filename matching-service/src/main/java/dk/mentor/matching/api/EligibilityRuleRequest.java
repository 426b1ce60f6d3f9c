package dk.mentor.matching.api;

import dk.mentor.contracts.codes.MentorKind;
import dk.mentor.kit.codes.CodeList;
import dk.mentor.kit.codes.CodeLists;
import dk.mentor.kit.problem.ProblemException;
import dk.mentor.matching.domain.EligibilityRule;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EligibilityRuleRequest", description = "A new effective-dated eligibility row. An absent kind, target group or"
        + " match group matches every one.")
// The examples are an ALLOW row on purpose: the generated fuzz test posts them, and a DENY row
// with only its required fields would forbid a basis for every later test in the run.
public record EligibilityRuleRequest(
        @Schema(description = "A short code naming the rule in refusals; rows of one rule share it.", example = "LAB-78-COMPANY-MENTOR")
        @NotBlank @Size(max = 60) @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]*") String code,
        @Schema(description = "The LEGAL_BASIS code (catalog's code list) the row speaks of.", example = "LAB_78") @NotBlank @Pattern(regexp = CodeList.CODE_PATTERN) String legalBasis,
        @Schema(description = "ALLOW lets the kind serve the citizens; DENY forbids it and wins over any ALLOW.", example = "ALLOW")
        @NotNull EligibilityRule.Effect effect,
        @Schema(description = "The kind of mentor, or absent for every kind.", example = "COMPANY_MENTOR") MentorKind mentorKind,
        @Schema(description = "The citizen's target group (a TARGET_GROUP code in force on validFrom) the row is limited to, or absent for every citizen.",
                example = "INTEGRATION_PROGRAMME") @Pattern(regexp = CodeList.CODE_PATTERN) String targetGroup,
        @Schema(description = "The 2010 match group (1-3) the row is limited to, or absent for every citizen.", example = "3")
        @Min(1) @Max(3) Integer matchGroup,
        @Schema(description = "First day in force, compared with a referral's first day.", example = "2010-04-01") @NotNull LocalDate validFrom,
        @Schema(description = "Last day in force, or absent while it is.", example = "2013-12-31") LocalDate validTo,
        @Schema(description = "The rule in Danish, as a caseworker reads it in a refusal.",
                example = "En virksomhedsmentor kan støtte efter LAB § 78") @NotBlank @Size(max = 300) String title,
        @Schema(description = "Where the rule comes from (act, section, guidance, page).", example = "Mentorguiden (seed 000) s. 5")
        @NotBlank @Size(max = 2000) String source) {

    EligibilityRule.Terms toTerms(CodeLists codeLists) {
        // a row may speak of a past regime's basis: the code must be known, not in force today
        codeLists.requireKnown(CodeList.LEGAL_BASIS, legalBasis, "legalBasis");
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw ProblemException.invalidField("validTo", "is before validFrom");
        }
        if (targetGroup != null) {
            codeLists.requireInForce(CodeList.TARGET_GROUP, targetGroup, validFrom, "targetGroup");
        }
        return new EligibilityRule.Terms(code, legalBasis, effect, mentorKind == null ? null : mentorKind.name(),
                targetGroup, matchGroup, validFrom, validTo, title, source);
    }
}
