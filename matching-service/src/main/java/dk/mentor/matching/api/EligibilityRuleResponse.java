package dk.mentor.matching.api;

import dk.mentor.matching.domain.EligibilityRule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EligibilityRule", description = "An effective-dated row saying which kind of mentor may serve which citizens under a legal basis.")
public record EligibilityRuleResponse(
        @Schema(description = "The row's id.", example = "3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c") UUID id,
        @Schema(description = "The rule's code.", example = "INL-23D-PROGRAMME") String code,
        @Schema(description = "LegalBasis code.", example = "INL_23D") String legalBasis,
        @Schema(description = "ALLOW or DENY.", example = "ALLOW") String effect,
        @Schema(description = "The kind of mentor, or null for every kind.", example = "INTEGRATION_MENTOR") String mentorKind,
        @Schema(description = "The target group the row is limited to, or null.", example = "INTEGRATION_PROGRAMME") String targetGroup,
        @Schema(description = "The match group the row is limited to, or null.", example = "3") Integer matchGroup,
        @Schema(description = "First day in force.", example = "2009-07-06") LocalDate validFrom,
        @Schema(description = "Last day in force, or null.", example = "2013-12-31") LocalDate validTo,
        @Schema(description = "The rule in Danish.", example = "Integrationsmentor for borgere i integrationsprogrammet") String title,
        @Schema(description = "Where the rule comes from.", example = "Integrationsloven kapitel 4, § 23 d") String source,
        @Schema(description = "Who added it (a migration for the seeded rows).", example = "admin-aarhus") String createdBy,
        @Schema(description = "When it was added.", example = "2026-12-04T10:00:00Z") Instant createdAt) {

    static EligibilityRuleResponse from(EligibilityRule r) {
        return new EligibilityRuleResponse(r.id(), r.code(), r.legalBasis(), r.effect().name(), r.mentorKind(),
                r.targetGroup(), r.matchGroup(), r.validFrom(), r.validTo(), r.title(), r.source(), r.createdBy(),
                r.createdAt());
    }
}
