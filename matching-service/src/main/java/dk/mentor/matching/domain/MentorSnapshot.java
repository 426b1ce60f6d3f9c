package dk.mentor.matching.domain;

import dk.mentor.matching.domain.ranking.WeeklyWindow;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The parts of the catalogue's complete mentor profile that matching keeps. */
public record MentorSnapshot(UUID mentorId, String homeMunicipality, long version, String displayName, String kind,
                             String status, List<String> legalBases, String accountUsername, String sharingScope,
                             List<String> sharedWith, String gender, List<String> languages, List<String> competences,
                             List<String> targetGroups, List<String> roleModelTags, List<WeeklyWindow> meetingWindows,
                             boolean eveningsAndWeekends, List<String> meetingPlaces, String areaMunicipality,
                             String postcode, String presentation, boolean vettingComplete, int capacityCitizens,
                             BigDecimal capacityHoursPerWeek, BigDecimal hourlyRate, Instant changedAt) {
}
