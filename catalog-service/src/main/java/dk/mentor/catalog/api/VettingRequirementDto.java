package dk.mentor.catalog.api;

import dk.mentor.catalog.domain.VettingRequirement;
import dk.mentor.catalog.domain.VettingRule;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VettingRequirementRule", description = "One vetting the mentor's kind requires today, and whether the law"
        + " or the municipality asks for it.")
public record VettingRequirementDto(
        @Schema(description = "What must be in order.", example = "CHILD_PROTECTION_CERTIFICATE") VettingRequirement requirement,
        @Schema(description = "True when it is the municipality's policy choice, not a legal requirement.", example = "true")
        boolean policyChoice,
        @Schema(description = "Where the requirement comes from.",
                example = "Kommunal politik: loven kræver kun børneattest ved direkte kontakt med børn under 15 år") String source) {

    static VettingRequirementDto of(VettingRule rule) {
        return new VettingRequirementDto(rule.requirement(), rule.policyChoice(), rule.source());
    }
}
