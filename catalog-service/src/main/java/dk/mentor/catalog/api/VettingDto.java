package dk.mentor.catalog.api;

import dk.mentor.catalog.domain.ExpectationPoint;
import dk.mentor.catalog.domain.ScreeningStatus;
import dk.mentor.catalog.domain.Vetting;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Vetting", description = "The mentor's vetting and intake: statuses and dates, never the documents."
        + " A checked status (CLEARED or REMARKS) needs its date.")
public record VettingDto(
        @Schema(description = "Child-protection certificate (børneattest) status.", example = "CLEARED")
        @NotNull ScreeningStatus childCertificateStatus,
        @Schema(description = "When the certificate was checked.", example = "2026-10-01") LocalDate childCertificateCheckedOn,
        @Schema(description = "Criminal-record check status.", example = "NOT_REQUESTED")
        @NotNull ScreeningStatus criminalRecordStatus,
        @Schema(description = "When the criminal record was checked.", example = "2026-10-01") LocalDate criminalRecordCheckedOn,
        @Schema(description = "When the intake interview was held.", example = "2026-10-05") LocalDate intakeInterviewOn,
        @Schema(description = "The points of the expectation checklist (seed 000 p.20) agreed at the intake interview.",
                example = "[\"EMPLOYMENT_FOCUS\", \"WORKING_HOURS\"]")
        List<@NotNull ExpectationPoint> expectationsAgreed) {

    Vetting toVetting() {
        return Vetting.of(childCertificateStatus, childCertificateCheckedOn, criminalRecordStatus, criminalRecordCheckedOn,
                intakeInterviewOn, expectationsAgreed == null ? List.of() : expectationsAgreed);
    }

    static VettingDto of(Vetting v) {
        return new VettingDto(v.childCertificate(), v.childCertificateOn(), v.criminalRecord(), v.criminalRecordOn(),
                v.intakeInterviewOn(), v.expectationsAgreed());
    }
}
