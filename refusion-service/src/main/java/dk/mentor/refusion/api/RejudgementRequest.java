package dk.mentor.refusion.api;

import dk.mentor.refusion.application.Rejudge;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RejudgementRequest", description = "Re-judge a municipality's posted meeting, training and fee lines of a period under today's rules and agreed terms.")
public record RejudgementRequest(
        @Schema(description = "The paying municipality.", example = "0751", required = true) String municipality,
        @Schema(description = "First day of the period (expense dates).", example = "2025-01-01", required = true) LocalDate from,
        @Schema(description = "Last day of the period.", example = "2025-03-31", required = true) LocalDate to,
        @Schema(description = "PREVIEW (the default) shows the differences and writes nothing; APPLY posts reversals and new lines.",
                example = "PREVIEW", enumeration = {"PREVIEW", "APPLY"}) Rejudge.Mode mode) {

    Rejudge.Command toCommand() {
        return new Rejudge.Command(municipality, from, to, mode == null ? Rejudge.Mode.PREVIEW : mode);
    }
}
