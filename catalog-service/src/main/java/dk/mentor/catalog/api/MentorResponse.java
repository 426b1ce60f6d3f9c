package dk.mentor.catalog.api;

import dk.mentor.catalog.domain.Mentor;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Mentor", description = "A mentor in the catalogue.")
public record MentorResponse(
        @Schema(description = "The mentor's id.") UUID id,
        @Schema(description = "Name shown to coordinators and caseworkers.", example = "Hanne Mentor") String displayName,
        @Schema(description = "Kind of mentor.", example = "VOLUNTEER") String kind,
        @Schema(description = "Home municipality code.", example = "0751") String homeMunicipality,
        @Schema(description = "Legal bases the mentor may act under.", example = "[\"LAB_167\"]") List<String> legalBases,
        @Schema(description = "Citizens the mentor can have at once.", example = "3") int capacityCitizens,
        @Schema(description = "Hours per week the mentor can give.", example = "6.5") BigDecimal capacityHoursPerWeek,
        @Schema(description = "When the mentor was registered.") Instant registeredAt,
        @Schema(description = "Version, also sent as the ETag.", example = "0") long version) {

    static MentorResponse from(Mentor m) {
        return new MentorResponse(m.id(), m.displayName(), m.kind().name(), m.homeMunicipality(), m.legalBases(),
                m.capacityCitizens(), m.capacityHoursPerWeek(), m.registeredAt(), m.version());
    }
}
