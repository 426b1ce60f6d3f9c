package dk.mentor.catalog.api;

import dk.mentor.catalog.application.RegisterMentor;
import dk.mentor.contracts.codes.LegalBasis;
import dk.mentor.contracts.codes.MentorKind;
import dk.mentor.kit.problem.ProblemException;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RegisterMentorRequest", description = "A new mentor for the catalogue of the caller's municipality.")
public record RegisterMentorRequest(
        @Schema(description = "Name shown to coordinators and caseworkers.", example = "Hanne Mentor")
        @NotBlank @Size(max = 100) String displayName,
        @Schema(description = "Kind of mentor.", example = "VOLUNTEER")
        @NotNull MentorKind kind,
        @Schema(description = "Four-digit code of the mentor's home municipality; the caller must act for it.", example = "0751")
        @NotNull @Pattern(regexp = "[0-9]{4}", message = "must be a four-digit municipality code") String homeMunicipality,
        @Schema(description = "Codes of the legal bases the mentor may act under; only a volunteer may have none.", example = "[\"LAB_167\"]")
        @NotNull List<@NotBlank String> legalBases,
        @Schema(description = "How many citizens the mentor can have at once.", example = "3")
        @Min(0) @Max(50) int capacityCitizens,
        @Schema(description = "Hours per week the mentor can give.", example = "6.5")
        @NotNull @DecimalMin("0") @DecimalMax("60") BigDecimal capacityHoursPerWeek) {

    RegisterMentor.Command toCommand() {
        return new RegisterMentor.Command(displayName.strip(), kind, homeMunicipality, legalBasesByCode(),
                capacityCitizens, capacityHoursPerWeek);
    }

    private List<LegalBasis> legalBasesByCode() {
        try {
            return legalBases.stream().map(LegalBasis::fromCode).toList();
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("legalBases", e.getMessage());
        }
    }
}
