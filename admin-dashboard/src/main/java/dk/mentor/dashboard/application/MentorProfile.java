package dk.mentor.dashboard.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A mentor as the catalogue keeps them: profile, vetting and the catalogue's view of capacity. */
public record MentorProfile(UUID id, String displayName, String kind, String status, String homeMunicipality,
                            List<String> languages, List<String> targetGroups, Integer capacityCitizens,
                            BigDecimal capacityHoursPerWeek, BigDecimal committedHoursPerWeek, Integer activeMentorships,
                            Integer freeCitizens, Boolean vettingComplete, List<String> missingVetting, Vetting vetting) {

    public record Vetting(String criminalRecordStatus, LocalDate criminalRecordCheckedOn, String childCertificateStatus,
                          LocalDate childCertificateCheckedOn, LocalDate intakeInterviewOn, List<String> expectationsAgreed) {
    }
}
