package dk.mentor.refusion.api;

import dk.mentor.refusion.domain.ClaimedLine;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClaimLine", description = "A ledger line in a claim, with the refund it was given there.")
public record ClaimLineResponse(
        @Schema(description = "The ledger line.") ExpenseLineResponse line,
        @Schema(description = "The amount claimed, in kroner.", example = "225.00") BigDecimal amount,
        @Schema(description = "The refund of the line in this claim, ceilings applied.", example = "112.50") BigDecimal refund) {

    static ClaimLineResponse from(ClaimedLine claimed) {
        return new ClaimLineResponse(ExpenseLineResponse.from(claimed.line()), claimed.amount(), claimed.refund());
    }
}
